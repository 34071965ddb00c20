using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages;

/// <summary>Home: where the search stands and what to do next.</summary>
public sealed class IndexModel(JobService jobs, ProfileService profiles) : PageModel
{
    public IReadOnlyDictionary<JobStatus, int> Counts { get; private set; } = new Dictionary<JobStatus, int>();
    public IReadOnlyList<JobSummary> Recent { get; private set; } = [];
    public ProfileView Profile { get; private set; } = null!;

    public int Total => Counts.Values.Sum();
    public int Active => Counts.Where(c => c.Key is JobStatus.Applied or JobStatus.Interview or JobStatus.Offer).Sum(c => c.Value);
    public bool ProfileIncomplete => Profile.Skills.Count == 0 || Profile.PreferredLocations.Count == 0 || Profile.ExperienceLevel is null;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>The figures and lists alone, refreshed when a job is added from this page.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(CancellationToken ct)
    {
        Response.Htmx(h => h.WithVary());
        await LoadAsync(ct);
        return Request.IsHtmx() ? Partial("_Summary", this) : Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        Profile = await profiles.GetAsync(userId, ct);
        Counts = await jobs.CountByStatusAsync(userId, ct);
        Recent = (await jobs.ListSummariesAsync(userId, new JobQuery(Page: new PageRequest(1, 5)), ct)).Items;
    }
}
