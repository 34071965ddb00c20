using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Analytics;

/// <summary>Counts the user's pipeline: from the jobs' statuses and from every application's history.</summary>
public sealed class AnalyticsService(AppDbContext db, ProfileService profiles)
{
    public const int Weeks = 12;
    public const int RecentCount = 10;

    private static readonly ApplicationStatus[] FunnelStages =
        [ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Accepted];

    /// <summary>An employer answered: an interview, an offer or a rejection.</summary>
    private static readonly ApplicationStatus[] Responses =
        [ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Accepted, ApplicationStatus.Rejected];

    public async Task<AnalyticsSummary> GetAsync(int userId, CancellationToken ct)
    {
        var byStatus = await db.Jobs.Where(j => j.UserId == userId).GroupBy(j => j.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var breakdown = Enum.GetValues<JobStatus>().ToDictionary(s => s, s => byStatus.GetValueOrDefault(s));

        var applications = await db.Applications.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new { a.Status, a.AppliedAt, a.CreatedAt, History = a.Events.Select(e => e.Status).ToList() })
            .ToListAsync(ct);
        var reached = applications.Select(a => FurthestStage(a.History.Append(a.Status))).ToList();
        var responded = applications.Count(a => a.History.Append(a.Status).Any(Responses.Contains));

        var calendar = await profiles.CalendarAsync(userId, ct);
        var dates = applications.Select(a => a.AppliedAt ?? calendar.DateOf(a.CreatedAt));

        return new AnalyticsSummary(
            TotalJobs: breakdown.Values.Sum(),
            TotalApplications: applications.Count,
            Interviews: applications.Count(a => a.Status == ApplicationStatus.Interview),
            Offers: applications.Count(a => a.Status is ApplicationStatus.Offer or ApplicationStatus.Accepted),
            Responded: responded,
            ResponseRate: applications.Count == 0 ? 0 : Math.Round(100.0 * responded / applications.Count, 1, MidpointRounding.AwayFromZero),
            StatusBreakdown: breakdown,
            Funnel: new Funnel(reached.Count(r => r >= 0), reached.Count(r => r >= 1), reached.Count(r => r >= 2), reached.Count(r => r >= 3)),
            ApplicationsPerWeek: PerWeek(dates, calendar.Today),
            RecentActivity: await RecentAsync(userId, ct));
    }

    /// <summary>Index of the furthest funnel stage in a history; every application has at least been applied for.</summary>
    private static int FurthestStage(IEnumerable<ApplicationStatus> history) =>
        history.Select(s => Array.IndexOf(FunnelStages, s)).Append(0).Max();

    private static List<WeekCount> PerWeek(IEnumerable<DateOnly> dates, DateOnly today)
    {
        var thisWeek = WeekStart(today);
        var counts = dates.GroupBy(WeekStart).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, Weeks).Select(i => thisWeek.AddDays(-7 * (Weeks - 1 - i)))
            .Select(week => new WeekCount(week, counts.GetValueOrDefault(week))).ToList();
    }

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The latest events, newest first: a job added, or an application reaching a status.</summary>
    public async Task<IReadOnlyList<Activity>> RecentAsync(int userId, CancellationToken ct)
    {
        var added = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId).OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .Take(RecentCount)
            .Select(j => new Activity(ActivityType.JobAdded, j.CreatedAt, j.Id, null, j.Company, j.Title, null))
            .ToListAsync(ct);
        var moves = await db.ApplicationEvents.AsNoTracking()
            .Join(db.Applications.Where(a => a.UserId == userId), e => e.ApplicationId, a => a.Id, (e, a) => new { e, a })
            .OrderByDescending(x => x.e.At).ThenByDescending(x => x.e.Id).Take(RecentCount)
            .Select(x => new Activity(ActivityType.ApplicationStatus, x.e.At, x.a.JobId, x.a.Id, x.a.Job.Company, x.a.Job.Title, x.e.Status))
            .ToListAsync(ct);
        return added.Concat(moves).OrderByDescending(a => a.At).ThenBy(a => a.Type).Take(RecentCount).ToList();
    }
}
