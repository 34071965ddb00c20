using System.Threading.RateLimiting;
using CareerCopilot.Web.Api;
using CareerCopilot.Web.Domain.Calendar;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>
/// The calendar feed's wiring: its service, its address, a per-client limit on the anonymous feed (the secret is the
/// credential, so guessing must be slow), and logs that never carry the secret.
/// </summary>
public static class CalendarFeeds
{
    public const string RateLimitPolicy = "calendar-feed";
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// The feed's route under <c>/api/v1</c>: <c>{secret}.ics</c> as one value, read by <see cref="SecretOf"/>, so whatever
    /// follows <c>calendar/</c> (<c>.ics</c> alone, no suffix, dots) is judged by the same code and is the same 404.
    /// </summary>
    public const string FeedRoute = "/calendar/{feed}";

    public const string Suffix = ".ics";

    /// <summary>The secret a feed's last segment names, or null when it does not end <c>.ics</c>.</summary>
    public static string? SecretOf(string? feed) =>
        feed is not null && feed.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? feed[..^Suffix.Length] : null;

    private static readonly PathString FeedPrefix = new($"{ApiRoutes.V1}/calendar/");

    public static IServiceCollection AddCalendarFeeds(this IServiceCollection services)
    {
        services.AddScoped<CalendarFeedService>();
        services.AddHttpLoggingInterceptor<SecretRedaction>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
            o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetSlidingWindowLimiter(
                $"{RateLimitPolicy}:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.CalendarFeedsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                })));
        return services;
    }

    /// <summary>The absolute address of a feed: <c>App:BaseUrl</c> (else where the app listens) + <c>/api/v1/calendar/{secret}.ics</c>.</summary>
    public static string FeedUrl(AppAddress address, HttpRequest request, string secret) =>
        $"{address.Base(request)}{ApiRoutes.V1}/calendar/{secret}{Suffix}";

    public static bool IsFeed(PathString path) => path.StartsWithSegments(FeedPrefix.Value!.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && path.Value!.Length > FeedPrefix.Value.Length;

    /// <summary>A path as a log may show it: a feed's path is its secret, so the log names the route instead.</summary>
    public static string Loggable(PathString path) => IsFeed(path) ? $"{ApiRoutes.V1}/calendar/(secret).ics" : path.ToString();

    /// <summary>The request log's path, through <see cref="Loggable"/>.</summary>
    private sealed class SecretRedaction : IHttpLoggingInterceptor
    {
        public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
        {
            if (IsFeed(logContext.HttpContext.Request.Path) && logContext.TryDisable(HttpLoggingFields.RequestPath))
                logContext.AddParameter(nameof(HttpRequest.Path), Loggable(logContext.HttpContext.Request.Path));
            return default;
        }

        public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => default;
    }
}
