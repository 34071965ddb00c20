using CareerCopilot.Web.Domain.Analytics;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class AnalyticsEndpoints
{
    public sealed record AnalyticsResponse(
        int TotalJobs, int TotalApplications, int Interviews, int Offers, IReadOnlyDictionary<string, int> StatusBreakdown,
        IReadOnlyList<Activity> RecentActivity, double ResponseRate, Funnel Funnel, IReadOnlyList<WeekCount> ApplicationsPerWeek)
    {
        public static AnalyticsResponse From(AnalyticsSummary s) => new(
            s.TotalJobs, s.TotalApplications, s.Interviews, s.Offers,
            s.StatusBreakdown.ToDictionary(p => SnakeCase.Name(p.Key), p => p.Value),
            s.RecentActivity,
            s.ResponseRate, s.Funnel, s.ApplicationsPerWeek);
    }

    public static void MapAnalytics(this RouteGroupBuilder api) =>
        api.MapGet("/analytics/summary", async (HttpContext http, AnalyticsService analytics, CancellationToken ct) =>
            TypedResults.Ok(AnalyticsResponse.From(await analytics.GetAsync(http.User.UserId(), ct)))).WithTags("Analytics");
}
