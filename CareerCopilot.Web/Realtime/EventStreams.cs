using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using CareerCopilot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Realtime;

/// <summary>
/// A user's live events as <c>text/event-stream</c>: each an <c>event:</c> name, one JSON <c>data:</c> line (the API's
/// snake_case) and an <c>id:</c>, which a reconnecting client sends back as <c>Last-Event-ID</c> to get what it missed.
/// A quiet stream carries a <c>heartbeat</c> event (data <c>{}</c>, no id) every <c>Events:HeartbeatSeconds</c>. The
/// stream ends when the client goes, when the user signs out and when the app stops. The same answers serve the browser
/// (<c>/events</c>, by cookie) and scripts (<c>/api/v1/events</c>, by token); clients without streams poll
/// <see cref="Recent"/>.
/// </summary>
public static class EventStreams
{
    public const string Heartbeat = "heartbeat";
    public const string StreamName = "events";
    public const string RecentName = "events-recent";

    /// <summary>The polling answer: the events after the id asked from, and the id to ask from next time.</summary>
    public sealed record RecentEvents(long LastId, IReadOnlyList<RecentEvent> Events);

    public sealed record RecentEvent(long Id, string Event, object Data);

    /// <summary>The browser's stream and its polling fallback, by the sign-in cookie. Not signed in: 401 (an EventSource stops trying).</summary>
    public static void MapLiveEvents(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events", (HttpContext http, long? after, UserEventHub hub, IOptions<EventsOptions> options) =>
                Open(http, after, hub, options.Value, () => TypedResults.StatusCode(StatusCodes.Status429TooManyRequests)))
            .WithMetadata(new NoSignInRedirect()).WithName(StreamName).ExcludeFromDescription();
        endpoints.MapGet("/events/recent", (HttpContext http, long? after, UserEventHub hub) => TypedResults.Ok(Recent(http, after, hub)))
            .WithMetadata(new NoSignInRedirect()).WithName(RecentName).ExcludeFromDescription();
    }

    /// <summary>
    /// Opens the user's stream after <c>Last-Event-ID</c> (a reconnect) or else <paramref name="after"/> (the last id the
    /// page saw when it was drawn); <paramref name="tooMany"/> answers when the user already holds the most streams allowed.
    /// </summary>
    public static IResult Open(HttpContext http, long? after, UserEventHub hub, EventsOptions options, Func<IResult> tooMany)
    {
        var subscription = hub.TrySubscribe(http.User.UserId(), LastEventId(http.Request) ?? after, options.MaxStreamsPerUser);
        if (subscription is null) return tooMany();
        http.Response.RegisterForDispose(subscription);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(ReadAsync(http.Response, subscription, TimeSpan.FromSeconds(options.HeartbeatSeconds), http.RequestAborted));
    }

    /// <summary>The user's kept events after <paramref name="after"/> (none given: none, only the id to start from).</summary>
    public static RecentEvents Recent(HttpContext http, long? after, UserEventHub hub)
    {
        if (after is not { } from) return new RecentEvents(hub.LastId, []);
        var (events, lastId) = hub.Since(http.User.UserId(), from);
        return new RecentEvents(lastId, events.Select(e => new RecentEvent(e.Id, e.Event.Name, e.Event.Data)).ToList());
    }

    private static long? LastEventId(HttpRequest request) =>
        long.TryParse(request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// The subscription's events as they come, with a heartbeat after each quiet interval. Heartbeats keep a connection
    /// alive, so they run on the wall clock rather than the app's <see cref="TimeProvider"/>.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<object>> ReadAsync(HttpResponse response, UserEventHub.Subscription subscription,
        TimeSpan heartbeat, [EnumeratorCancellation] CancellationToken ct)
    {
        using var _ = subscription;
        // A comment line (which clients ignore) goes at once, so the client knows the stream is open before the first event.
        await response.WriteAsync(": open\n\n", ct);
        await response.Body.FlushAsync(ct);
        var reader = subscription.Reader;
        Task<bool>? waiting = null;
        while (!ct.IsCancellationRequested)
        {
            // One wait kept across heartbeats: a new one each time would pile up waiters on a quiet stream.
            waiting ??= reader.WaitToReadAsync(ct).AsTask();
            using (var quiet = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                if (await Task.WhenAny(waiting, Task.Delay(heartbeat, quiet.Token)) != waiting)
                {
                    if (ct.IsCancellationRequested) yield break;
                    yield return new SseItem<object>(Beat.Instance, Heartbeat);
                    continue;
                }
                await quiet.CancelAsync();
            }
            if (waiting.IsCanceled || !await waiting) yield break;
            waiting = null;
            while (reader.TryRead(out var numbered))
                yield return new SseItem<object>(numbered.Event.Data, numbered.Event.Name)
                {
                    EventId = numbered.Id.ToString(CultureInfo.InvariantCulture),
                };
        }
    }

    /// <summary>A heartbeat's data: <c>{}</c>.</summary>
    private sealed record Beat
    {
        public static readonly Beat Instance = new();
    }
}
