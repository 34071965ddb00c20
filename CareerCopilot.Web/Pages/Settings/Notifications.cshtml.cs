using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Identity;
using Htmx;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Settings;

/// <summary>
/// What the product may send and when: each digest on or off, the score a new job needs to raise an alert, quiet hours;
/// and a preview of either digest now. The same profile fields as the API, through the same rules.
/// </summary>
public sealed class NotificationsModel(ProfileService profiles, DigestService digests, EmailConfirmation confirmation, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Saved { get; private set; }
    public string TimeZone { get; private set; } = "UTC";

    /// <summary>Mail leaves the machine and the user's address is not confirmed yet: no digest goes out until it is.</summary>
    public bool ConfirmationPending { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Morning briefing at 08:00")] public bool MorningDigest { get; set; }
        [Display(Name = "Evening summary at 20:00")] public bool EveningDigest { get; set; }
        [Display(Name = "Minimum match score for alerts")] public int? AlertMinScore { get; set; }
        [Display(Name = "Quiet from")] public int? QuietHoursStart { get; set; }
        [Display(Name = "Quiet until")] public int? QuietHoursEnd { get; set; }

        public static InputModel From(ProfileView p) => new()
        {
            MorningDigest = p.MorningDigest, EveningDigest = p.EveningDigest, AlertMinScore = p.AlertMinScore,
            QuietHoursStart = p.QuietHoursStart, QuietHoursEnd = p.QuietHoursEnd,
        };

        public ProfileFields ToFields() => new()
        {
            MorningDigest = MorningDigest, EveningDigest = EveningDigest, AlertMinScore = AlertMinScore,
            QuietHoursStart = QuietHoursStart, QuietHoursEnd = QuietHoursEnd,
            Present = PartialUpdate.Sent(nameof(MorningDigest), nameof(EveningDigest), nameof(AlertMinScore), nameof(QuietHoursStart), nameof(QuietHoursEnd)),
        };
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profile = await profiles.GetAsync(User.UserId(), ct);
        Input = InputModel.From(profile);
        TimeZone = profile.TimeZone;
        await LoadConfirmationAsync();
    }

    private async Task LoadConfirmationAsync() =>
        ConfirmationPending = await users.GetUserAsync(User) is { } user && confirmation.Pending(user);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // A value that did not bind (a score of "abc") would reach the rules as "none": nothing is saved, the field says why.
            TimeZone = (await profiles.GetAsync(User.UserId(), ct)).TimeZone;
            if (!Request.IsHtmx()) await LoadConfirmationAsync();
            return this.FragmentOrPage("_NotificationsForm");
        }
        ProfileView? saved = null;
        var refusal = await Refusals.OfAsync(async () => saved = await profiles.UpdateAsync(User.UserId(), Input.ToFields(), ct));
        if (saved is null) ModelState.AddRefusal(refusal!);
        else
        {
            if (!Request.IsHtmx()) return this.FlashAndRedirect("Notification settings saved.");
            ModelState.Clear();
            Input = InputModel.From(saved);
            Saved = true;
            this.Toast("Notification settings saved.");
        }
        TimeZone = saved?.TimeZone ?? (await profiles.GetAsync(User.UserId(), ct)).TimeZone;
        if (!Request.IsHtmx()) await LoadConfirmationAsync();
        return this.FragmentOrPage("_NotificationsForm");
    }

    /// <summary>"Send the confirmation again": a new link to the user's address, rate limited.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var refused = (await Refusals.OfAsync(() => confirmation.ResendAsync(user, ct)))?.Message;
        var message = refused ?? $"A new confirmation link is on its way to {user.Email}.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        if (refused is not null) this.ToastRefusal(refused, "warning");
        else this.Toast(message);
        return new NoContentResult();
    }

    /// <summary>"Send me a preview now": the digest as it would read now, whatever the schedule sent today.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string? kind, CancellationToken ct)
    {
        string? refused = "Choose the morning briefing or the evening summary.";
        var message = refused;
        if (DigestService.ParseKind(kind) is { } parsed)
        {
            refused = (await Refusals.OfAsync(() => digests.SendPreviewAsync(User.UserId(), parsed, ct)))?.Message;
            message = refused ?? $"A preview of your {DigestService.Name(parsed)} is on its way to your inbox.";
        }
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        if (refused is not null) this.ToastRefusal(refused, "warning");
        else this.Toast(message);
        return new NoContentResult();
    }
}
