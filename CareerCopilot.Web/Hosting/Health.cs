using System.Text.Json;
using CareerCopilot.Web.Api;
using CareerCopilot.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerCopilot.Web.Hosting;

public static class Health
{
    public const string Path = ApiRoutes.V1 + "/health";

    public static void AddHealth(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<SchedulerCheck>("scheduler");

    /// <summary>The schedule runs in this process or is turned off; "disabled" says which, and is not a fault.</summary>
    private sealed class SchedulerCheck(Microsoft.Extensions.Options.IOptions<SchedulerOptions> options) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                ["state"] = options.Value.Enabled ? "healthy" : "disabled",
            }));
    }

    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous().WithTags("Health");

    /// <summary>API.md's shape: an overall status and one entry per component; no exception text.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status == HealthStatus.Unhealthy ? "unhealthy" : "healthy",
            components = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Data.TryGetValue("state", out var state) ? state : Name(e.Value.Status),
            }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    private static string Name(HealthStatus status) => status == HealthStatus.Unhealthy ? "unhealthy" : "healthy";
}
