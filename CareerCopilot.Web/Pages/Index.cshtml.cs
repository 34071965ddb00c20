using CareerCopilot.Web.Domain.Analytics;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Onboarding;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages;

/// <summary>The dashboard: what is due and coming, the search in figures and charts, what happened lately and the best open matches.</summary>
public sealed class IndexModel(AnalyticsService analytics, Recommender recommender, ProfileService profiles, OnboardingService onboarding,
    ApplicationService applications) : PageModel
{
    public const int TopMatchCount = 3;

    public AnalyticsSummary Summary { get; private set; } = null!;
    public IReadOnlyList<Activity> RecentActivity { get; private set; } = [];
    public IReadOnlyList<Recommendation> TopMatches { get; private set; } = [];
    public ProfileView Profile { get; private set; } = null!;
    public OnboardingProgress Onboarding { get; private set; } = null!;
    public Agenda Agenda { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Profile = await profiles.GetAsync(User.UserId(), ct);
        Onboarding = await onboarding.GetAsync(User.UserId(), ct);
        Agenda = await applications.AgendaAsync(User.UserId(), ct);
        await LoadFiguresAsync(ct);
        await LoadActivityAsync(ct);
    }

    /// <summary>The figures and charts alone, refreshed after a change to a job or an application.</summary>
    public async Task<IActionResult> OnGetFiguresAsync(CancellationToken ct)
    {
        if (!Request.IsHtmx()) return RedirectToPage();
        await LoadFiguresAsync(ct);
        return Partial("_Figures", this);
    }

    /// <summary>Recent activity and the top matches alone, refreshed after the same changes.</summary>
    public async Task<IActionResult> OnGetActivityAsync(CancellationToken ct)
    {
        if (!Request.IsHtmx()) return RedirectToPage();
        await LoadActivityAsync(ct);
        return Partial("_Activity", this);
    }

    /// <summary>Due follow-ups and coming interviews alone, refreshed after a change to a job or an application.</summary>
    public async Task<IActionResult> OnGetAgendaAsync(CancellationToken ct)
    {
        if (!Request.IsHtmx()) return RedirectToPage();
        Agenda = await applications.AgendaAsync(User.UserId(), ct);
        return Partial("_Agenda", this);
    }

    /// <summary>"Done" on a due follow-up: its date is cleared; the list comes back without it.</summary>
    public async Task<IActionResult> OnPostFollowUpDoneAsync(int applicationId, CancellationToken ct)
    {
        var refusal = await Refusals.OfAsync(() => applications.FollowUpDoneAsync(User.UserId(), applicationId, ct));
        var message = refusal?.Message ?? "Follow-up done.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, "/Index");
        if (refusal is null) this.Toast(message);
        else this.ToastRefusal(message);
        Agenda = await applications.AgendaAsync(User.UserId(), ct);
        return Partial("_Agenda", this);
    }

    /// <summary>
    /// The first steps alone, refreshed after the profile or a job changes; on the dashboard and the profile page, so
    /// it answers htmx only and sends a browser to the dashboard.
    /// </summary>
    public async Task<IActionResult> OnGetOnboardingAsync(CancellationToken ct)
    {
        if (!Request.IsHtmx()) return RedirectToPage();
        return Partial("_Onboarding", await onboarding.GetAsync(User.UserId(), ct));
    }

    private async Task LoadFiguresAsync(CancellationToken ct) => Summary = await analytics.GetAsync(User.UserId(), ct);

    private async Task LoadActivityAsync(CancellationToken ct)
    {
        RecentActivity = Summary?.RecentActivity ?? await analytics.RecentAsync(User.UserId(), ct);
        TopMatches = await recommender.ListAsync(User.UserId(), TopMatchCount, ct);
    }
}
