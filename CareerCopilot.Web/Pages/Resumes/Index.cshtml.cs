using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Resumes;

/// <summary>A user's resumes: the upload form and the list, each row following its parse until it is done.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = FormSizeLimit.MaxUploadFormBytes)]
public sealed class IndexModel(ResumeService resumes) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<ResumeUpload> Resumes { get; private set; } = [];

    /// <summary>The row a poll asked for.</summary>
    public ResumeUpload? Row { get; private set; }

    /// <summary>The upload just taken: the form comes back empty with a word of it.</summary>
    public string? Uploaded { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Label")] public string? Label { get; set; }
        [Display(Name = "Resume file")] public IFormFile? File { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => Resumes = await resumes.ListAsync(User.UserId(), ct);

    /// <summary>One row; while its resume waits or is read, the row asks for itself again.</summary>
    public async Task<IActionResult> OnGetRowAsync(int id, CancellationToken ct)
    {
        if (this.WantsWholePage()) return RedirectToPage();
        Row = await resumes.GetAsync(User.UserId(), id, ct);
        return Partial("_ResumeRow", Row);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ResumeUpload? uploaded = null;
        var refusal = Input.File is not { } file
            ? Domain.Common.ValidationFailedException.For("file", "Choose a resume file to upload.")
            : await Refusals.OfAsync(async () =>
            {
                await using var content = file.OpenReadStream();
                uploaded = await resumes.UploadAsync(User.UserId(), new ResumeFileUpload(file.FileName, file.Length, content, Input.Label), ct);
            });
        if (uploaded is null)
        {
            ModelState.AddRefusal(refusal!);
            Resumes = await resumes.ListAsync(User.UserId(), ct);
            return this.WantsWholePage() ? Page() : Partial("_Resumes", this);
        }
        var message = $"“{uploaded.Label}” is uploaded; it is being read.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        this.Toast(message);
        ModelState.Clear();
        Input = new InputModel();
        Uploaded = message;
        Resumes = await resumes.ListAsync(User.UserId(), ct);
        return Partial("_Resumes", this);
    }
}
