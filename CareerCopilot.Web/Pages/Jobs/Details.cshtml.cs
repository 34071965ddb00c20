using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Jobs;

/// <summary>One job with every field, its application and the application's history.</summary>
public sealed class DetailsModel(JobService jobs, ApplicationService applications, Recommender recommender, FeedbackService feedback)
    : PageModel
{
    public Job Job { get; private set; } = null!;
    public string? ApplicationError { get; private set; }
    public Recommendation Match { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Job = await jobs.GetAsync(User.UserId(), id, ct);
        Match = await recommender.ExplainAsync(User.UserId(), Job, ct);
    }

    /// <summary>The match card alone, refreshed after an edit changed what the score reads.</summary>
    public async Task<IActionResult> OnGetMatchAsync(int id, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        return this.FragmentOrPage("_Match");
    }

    public Task<IActionResult> OnPostNotInterestedAsync(int id, CancellationToken ct) =>
        ChangeFeedbackAsync(id, "Hidden from your recommendations.", () => feedback.NotInterestedAsync(User.UserId(), id, ct), ct,
            undo: Url.Page("/Jobs/Details", "Interested", new { id }));

    public Task<IActionResult> OnPostInterestedAsync(int id, CancellationToken ct) =>
        ChangeFeedbackAsync(id, "Back in your recommendations.", () => feedback.UndoNotInterestedAsync(User.UserId(), id, ct), ct);

    private async Task<IActionResult> ChangeFeedbackAsync(int id, string done, Func<Task> change, CancellationToken ct, string? undo = null)
    {
        var refusal = await Refusals.OfAsync(change);
        var message = refusal?.Message ?? done;
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, "/Jobs/Details", new { id });
        if (refusal is null && undo is not null) this.ToastWithUndo(message, undo, "#match-card");
        else this.Toast(message);
        await OnGetAsync(id, ct);
        return Partial("_Match", this);
    }

    /// <summary>The fields part alone, refreshed after an edit in the dialog.</summary>
    public Task<IActionResult> OnGetFieldsAsync(int id, CancellationToken ct) => PartAsync(id, "_JobFields", ct);

    /// <summary>The application card alone, refreshed after an edit in the dialog changed the status.</summary>
    public Task<IActionResult> OnGetApplicationAsync(int id, CancellationToken ct) => PartAsync(id, "_Application", ct);

    private async Task<IActionResult> PartAsync(int id, string partial, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        return this.FragmentOrPage(partial);
    }

    public Task<IActionResult> OnPostTrackAsync(int id, CancellationToken ct) =>
        ChangeApplicationAsync(id, "Application tracked.", () => applications.StartAsync(User.UserId(), id, null, null, ct), ct);

    /// <summary>A move, with an Undo back to where it came from when the rules allow the way back.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, string? status, CancellationToken ct)
    {
        ApplicationStatus? before = null;
        return await ChangeApplicationAsync(id, "Application moved.", async () =>
        {
            var job = await jobs.GetAsync(User.UserId(), id, ct);
            if (job.Application is null) throw new NotFoundException("Application");
            before = job.Application.Status;
            await applications.MoveAsync(User.UserId(), job.Application.Id, status, ct);
        }, ct, undo: () => before is { } from && Job.Application is { } moved && ApplicationRules.MoveBack(from, moved.Status) is { } back
            ? ($"Moved to {Labels.Of(moved.Status)}.", Url.Page("/Jobs/Details", "Move", new { id, status = SnakeCase.Name(back) })!)
            : null);
    }

    /// <summary>The job's page is gone with it, so htmx too is sent to the list, where the message shows.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await jobs.DeleteAsync(User.UserId(), id, ct);
        return this.FlashAndRedirect("Job deleted.", "/Jobs/Index");
    }

    /// <summary>The application card comes back in place; a refused move shows why, beside the buttons.</summary>
    private async Task<IActionResult> ChangeApplicationAsync(int id, string done, Func<Task> change, CancellationToken ct,
        Func<(string Message, string Url)?>? undo = null)
    {
        ApplicationError = (await Refusals.OfAsync(change))?.Message;
        if (!Request.IsHtmx()) return this.FlashAndRedirect(ApplicationError ?? done, "/Jobs/Details", new { id });
        Job = await jobs.GetAsync(User.UserId(), id, ct);
        if (ApplicationError is null)
        {
            if (undo?.Invoke() is { } u) this.ToastWithUndo(u.Message, u.Url, "#application-card", HtmxEvents.ApplicationChanged);
            else this.Toast(done, HtmxEvents.ApplicationChanged);
        }
        return Partial("_Application", this);
    }
}
