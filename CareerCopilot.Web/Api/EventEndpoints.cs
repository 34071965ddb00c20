using CareerCopilot.Web.Realtime;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Api;

/// <summary>The bearer token's user's live events: the stream, and the same events for a script that polls.</summary>
public static class EventEndpoints
{
    public static void MapEvents(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");
        events.MapGet("", (HttpContext http, long? after, UserEventHub hub, IOptions<EventsOptions> options) =>
                EventStreams.Open(http, after, hub, options.Value, () => ApiProblems.Result(ApiErrors.RateLimited,
                    $"This account already has {options.Value.MaxStreamsPerUser} event streams open. Close one, or poll {ApiRoutes.V1}/events/recent.")))
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        events.MapGet("/recent", (HttpContext http, long? after, UserEventHub hub) => TypedResults.Ok(EventStreams.Recent(http, after, hub)));
    }
}
