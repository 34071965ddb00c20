using CareerCopilot.Web.Domain.Calendar;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

/// <summary>The user's secret iCalendar address (bearer token), and the feed itself (the secret is the credential).</summary>
public static class CalendarEndpoints
{
    public sealed record CalendarResponse(string Url);

    public static void MapCalendar(this RouteGroupBuilder signedIn)
    {
        var calendar = signedIn.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("", async (HttpContext http, CalendarFeedService feeds, AppAddress address, CancellationToken ct) =>
            TypedResults.Ok(new CalendarResponse(CalendarFeeds.FeedUrl(address, http.Request, await feeds.SecretAsync(http.User.UserId(), ct)))));
        calendar.MapDelete("", async (HttpContext http, CalendarFeedService feeds, CancellationToken ct) =>
        {
            await feeds.RevokeAsync(http.User.UserId(), ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>No sign-in: calendar apps fetch it with nothing but the address. Limited per client, so guessing is slow.</summary>
    public static void MapCalendarFeed(this RouteGroupBuilder v1) =>
        v1.MapGet(CalendarFeeds.FeedRoute, FeedAsync).AllowAnonymous().RequireRateLimiting(CalendarFeeds.RateLimitPolicy)
            .WithTags("Calendar").Produces(StatusCodes.Status200OK, contentType: CalendarFeeds.ContentType);

    private static async Task<IResult> FeedAsync(string feed, HttpContext http, CalendarFeedService feeds, AppAddress address, LinkGenerator links,
        CancellationToken ct)
    {
        // The job page's address made once from its route, with a stand-in id each event's job replaces.
        var standIn = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var jobPage = address.Absolute(http.Request, links.GetPathByPage(http, "/Jobs/Details", values: new { id = int.MaxValue })!);
        var ics = await feeds.FeedAsync(CalendarFeeds.SecretOf(feed),
                      jobId => jobPage.Replace(standIn, jobId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), ct)
                  ?? throw new NotFoundException("Calendar");
        http.Response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.Text(ics, CalendarFeeds.ContentType);
    }
}
