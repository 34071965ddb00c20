using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Resumes;

/// <summary>One resume: what was read from it, and its suggestions to the profile, each accepted or rejected by a click.</summary>
public sealed class DetailsModel(ResumeService resumes) : PageModel
{
    public ResumeDetails Details { get; private set; } = null!;

    public ResumeUpload Resume => Details.Resume;

    public async Task OnGetAsync(int id, CancellationToken ct) => Details = await resumes.GetDetailsAsync(User.UserId(), id, ct);

    /// <summary>What was read and the suggestions; while the resume waits or is read, the part asks for itself again.</summary>
    public async Task<IActionResult> OnGetReadAsync(int id, CancellationToken ct)
    {
        Details = await resumes.GetDetailsAsync(User.UserId(), id, ct);
        return this.FragmentOrPage("_Read");
    }

    /// <summary>The file as uploaded, always as a download (never shown inline, never sniffed).</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct)
    {
        var (resume, path) = await resumes.FileAsync(User.UserId(), id, ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return PhysicalFile(path, ResumeFileNames.ContentType(resume.Kind), resume.FileName);
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string? field, CancellationToken ct)
    {
        var refusal = await Refusals.OfAsync(() => resumes.ApplyAsync(User.UserId(), id, [field], ct));
        var message = refusal?.Message ?? $"{ResumeLabels.Field(field ?? "")}: your profile is updated.";
        return await AnswerAsync(id, message, refusal is null, ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, string? field, CancellationToken ct)
    {
        var refusal = await Refusals.OfAsync(() => resumes.DismissAsync(User.UserId(), id, [field], ct));
        var message = refusal?.Message ?? $"{ResumeLabels.Field(field ?? "")}: not offered again from this resume.";
        return await AnswerAsync(id, message, refusal is null, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var resume = await resumes.GetAsync(User.UserId(), id, ct);
        await resumes.DeleteAsync(User.UserId(), id, ct);
        return this.FlashAndRedirect($"“{resume.Label}” is deleted, with its file.", "/Resumes/Index");
    }

    private async Task<IActionResult> AnswerAsync(int id, string message, bool done, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, null, new { id });
        if (done) this.Toast(message, HtmxEvents.ProfileChanged);
        else this.ToastRefusal(message);
        Details = await resumes.GetDetailsAsync(User.UserId(), id, ct);
        return Partial("_Read", this);
    }
}
