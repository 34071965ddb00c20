using CareerCopilot.Web.Domain.Calendar;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Settings;

/// <summary>
/// The secret calendar address: made by a button (a GET never makes one), shown with a copy button and how to subscribe,
/// revoked or replaced by a new one.
/// </summary>
public sealed class CalendarModel(CalendarFeedService feeds, AppAddress address) : PageModel
{
    /// <summary>The absolute address, or null before the user makes one.</summary>
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        FeedUrl = await feeds.FindSecretAsync(User.UserId(), ct) is { } secret ? CalendarFeeds.FeedUrl(address, Request, secret) : null;

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        ChangeAsync("Your calendar address is ready: copy it into your calendar app.", () => feeds.SecretAsync(User.UserId(), ct), ct);

    public Task<IActionResult> OnPostRenewAsync(CancellationToken ct) =>
        ChangeAsync("New address made. The old one no longer works: subscribe again with this one.", () => feeds.RenewAsync(User.UserId(), ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) =>
        ChangeAsync("Calendar address revoked: calendars subscribed to it get nothing more.", () => feeds.RevokeAsync(User.UserId(), ct), ct);

    private async Task<IActionResult> ChangeAsync(string done, Func<Task> change, CancellationToken ct)
    {
        await change();
        if (!Request.IsHtmx()) return this.FlashAndRedirect(done);
        this.Toast(done);
        await OnGetAsync(ct);
        return Partial("_CalendarFeed", this);
    }
}
