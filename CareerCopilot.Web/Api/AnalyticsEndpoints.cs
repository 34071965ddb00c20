using CareerCopilot.Web.Domain.Analytics;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class AnalyticsEndpoints
{
    public sealed record AnalyticsResponse(
        int TotalJobs, int TotalApplications, int Interviews, int Offers, IReadOnlyDictionary<string, int> StatusBreakdown,
        IReadOnlyList<ActivityResponse> RecentActivity, double ResponseRate, Funnel Funnel, IReadOnlyList<WeekCount> ApplicationsPerWeek)
    {
        public static AnalyticsResponse From(AnalyticsSummary s) => new(
            s.TotalJobs, s.TotalApplications, s.Interviews, s.Offers,
            s.StatusBreakdown.ToDictionary(p => SnakeCase.Name(p.Key), p => p.Value),
            s.RecentActivity.Select(a => new ActivityResponse(a.Type, a.At, a.JobId, a.ApplicationId, a.Company, a.Title, a.Status)).ToList(),
            s.ResponseRate, s.Funnel, s.ApplicationsPerWeek);
    }

    public sealed record ActivityResponse(ActivityType Type, DateTime At, int JobId, int? ApplicationId, string Company, string Title,
        ApplicationStatus? Status);

    public static void MapAnalytics(this RouteGroupBuilder api) =>
        api.MapGet("/analytics/summary", async (HttpContext http, AnalyticsService analytics, CancellationToken ct) =>
            TypedResults.Ok(AnalyticsResponse.From(await analytics.GetAsync(http.User.UserId(), ct)))).WithTags("Analytics");
}
