using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Analytics;

/// <summary>How many applications ever reached each stage; an application counts for every stage up to its furthest.</summary>
public sealed record Funnel(int Applied, int Interview, int Offer, int Accepted);

/// <summary>Applications made in the week (Monday to Sunday, the user's dates) that starts on <see cref="WeekStart"/>.</summary>
public sealed record WeekCount(DateOnly WeekStart, int Applications);

public enum ActivityType { JobAdded, ApplicationStatus }

/// <summary>Something that happened in the search: a job added, or an application reaching a status.</summary>
public sealed record Activity(ActivityType Type, DateTime At, int JobId, int? ApplicationId, string Company, string Title,
    ApplicationStatus? Status);

/// <summary>The pipeline in numbers (API.md, "Analytics"), with the funnel, the weekly rhythm and the latest events.</summary>
public sealed record AnalyticsSummary(
    int TotalJobs,
    int TotalApplications,
    int Interviews,
    int Offers,
    int Responded,
    double ResponseRate,
    IReadOnlyDictionary<JobStatus, int> StatusBreakdown,
    Funnel Funnel,
    IReadOnlyList<WeekCount> ApplicationsPerWeek,
    IReadOnlyList<Activity> RecentActivity);
