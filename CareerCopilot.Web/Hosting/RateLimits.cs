using System.Globalization;
using System.Threading.RateLimiting;
using CareerCopilot.Web.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";

    public static void AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            // The default is 503, which tells a client the server is broken rather than that it is too fast.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            o.AddPolicy(SignIn, http => PerClient(http, SignIn, http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.SignInPerMinute));
            o.AddPolicy(SignUp, http => PerClient(http, SignUp, http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.SignUpPerMinute));
        });
    }

    /// <summary>Only submissions count: showing the form is free.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext http, string policy, int perMinute)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            return RateLimitPartition.GetNoLimiter("read");
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetSlidingWindowLimiter($"{policy}:{client}", _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ApiRoutes.IsApi(http.Request))
            await ApiProblems.WriteAsync(http, ApiErrors.RateLimited, $"Too many attempts. Please wait a moment and try again. Retry after {seconds} seconds.");
        // Pages: the body stays empty and the friendly error page explains.
    }
}
