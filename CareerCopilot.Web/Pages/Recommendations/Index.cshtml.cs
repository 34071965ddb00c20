using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Recommendations;

/// <summary>The user's open jobs, best match first, each with its reasons and what to do about it.</summary>
public sealed class IndexModel(Recommender recommender, ApplicationService applications, FeedbackService feedback, ProfileService profiles)
    : PageModel
{
    public const int Step = 20;

    /// <summary>How many cards to show; "Show more" raises it.</summary>
    [BindProperty(SupportsGet = true, Name = "n")] public int? Count { get; set; }

    public IReadOnlyList<Recommendation> Items { get; private set; } = [];
    public ProfileView Profile { get; private set; } = null!;

    public int Shown => Math.Clamp(Count ?? Step, 1, Recommender.MaxLimit);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Profile = await profiles.GetAsync(User.UserId(), ct);
        await LoadAsync(ct);
    }

    /// <summary>The cards alone, re-ranked after a change anywhere on the page.</summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken ct)
    {
        Response.Htmx(h => h.WithVary());
        if (!Request.IsHtmx())
        {
            await OnGetAsync(ct);
            return Page();
        }
        await LoadAsync(ct);
        return Partial("_List", this);
    }

    public Task<IActionResult> OnPostNotInterestedAsync(int id, CancellationToken ct) =>
        ActAsync("Hidden from your recommendations. You can bring it back from the job's page.",
            () => feedback.NotInterestedAsync(User.UserId(), id, ct), ct);

    public Task<IActionResult> OnPostTrackAsync(int id, CancellationToken ct) =>
        ActAsync("Tracked as applied. It now lives on your applications board.",
            () => applications.StartAsync(User.UserId(), id, null, null, ct), ct);

    /// <summary>After an action the list comes back re-ranked, so the next best job moves up into view.</summary>
    private async Task<IActionResult> ActAsync(string done, Func<Task> action, CancellationToken ct)
    {
        Response.Htmx(h => h.WithVary());
        string message = done;
        try
        {
            await action();
        }
        catch (DomainException e) when (e is ValidationFailedException or ConflictException)
        {
            message = e.Message;
        }
        if (!Request.IsHtmx())
        {
            TempData["Flash"] = message;
            return RedirectToPage(new { n = Count });
        }
        Response.Htmx(h => h.WithTrigger("show-message", message));
        await LoadAsync(ct);
        return Partial("_List", this);
    }

    private async Task LoadAsync(CancellationToken ct) => Items = await recommender.ListAsync(User.UserId(), Shown, ct);
}
