using CareerCopilot.Web.Domain.Applications;
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

    /// <summary>Jobs marked "not interested", each with a way back.</summary>
    public IReadOnlyList<HiddenJob> Hidden { get; private set; } = [];
    public ProfileView Profile { get; private set; } = null!;

    /// <summary>The links of every card, generated once per list.</summary>
    public CardLinks Links => links ??= new(Url, Shown);
    private CardLinks? links;

    public int Shown => Math.Clamp(Count ?? Step, 1, Recommender.MaxLimit);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Profile = await profiles.GetAsync(User.UserId(), ct);
        await LoadAsync(ct);
    }

    /// <summary>The cards alone, re-ranked after a change anywhere on the page.</summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken ct)
    {
        if (!Request.IsHtmx())
        {
            await OnGetAsync(ct);
            return Page();
        }
        await LoadAsync(ct);
        return Partial("_List", this);
    }

    public Task<IActionResult> OnPostNotInterestedAsync(int id, CancellationToken ct) =>
        ActAsync("Hidden from your recommendations. Hidden jobs are listed below the recommendations.",
            () => feedback.NotInterestedAsync(User.UserId(), id, ct), ct,
            undo: Url.Page("/Recommendations/Index", "Interested", new { id, n = Count }));

    /// <summary>Brings a hidden job back (the toast's Undo, and the list of hidden jobs).</summary>
    public Task<IActionResult> OnPostInterestedAsync(int id, CancellationToken ct) =>
        ActAsync("Back in your recommendations.", () => feedback.UndoNotInterestedAsync(User.UserId(), id, ct), ct);

    public Task<IActionResult> OnPostTrackAsync(int id, CancellationToken ct) =>
        ActAsync("Tracked as applied. It now lives on your applications board.",
            () => applications.StartAsync(User.UserId(), id, null, null, ct), ct);

    /// <summary>After an action the list comes back re-ranked, so the next best job moves up into view.</summary>
    private async Task<IActionResult> ActAsync(string done, Func<Task> action, CancellationToken ct, string? undo = null)
    {
        var refusal = await Refusals.OfAsync(action);
        var message = refusal?.Message ?? done;
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, null, new { n = Count });
        if (refusal is null && undo is not null) this.ToastWithUndo(message, undo, "#recommendations");
        else this.Toast(message);
        await LoadAsync(ct);
        return Partial("_List", this);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await recommender.ListAsync(User.UserId(), Shown, ct);
        Hidden = await feedback.HiddenAsync(User.UserId(), ct);
    }
}

public sealed record RecommendationCard(Recommendation Item, CardLinks Links);

/// <summary>A card's links; its actions keep the number of cards shown ("Show more"), so the list comes back as long as it was.</summary>
public sealed class CardLinks(IUrlHelper url, int shown)
{
    public IdUrl Details { get; } = new(url, "/Jobs/Details");
    public IdUrl Track { get; } = new(url, "/Recommendations/Index", "Track", new { n = shown });
    public IdUrl NotInterested { get; } = new(url, "/Recommendations/Index", "NotInterested", new { n = shown });
}
