using System.Threading.RateLimiting;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>Resumes' wiring: where files live, the service, the parse queue and its restart, and the upload rate limit.</summary>
public static class Resumes
{
    /// <summary>The rate-limit policy of uploads, by both doors: per user, a bucket refilled each minute.</summary>
    public const string UploadPolicy = "resume-upload";

    public static IServiceCollection AddResumes(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var data = sp.GetRequiredService<DataDirectory>();
            var uploads = Path.Combine(data.Path, "uploads");
            return new ResumeFolders(Path.Combine(uploads, "resumes"), Path.Combine(uploads, "incoming"));
        });
        services.AddSingleton<ResumeSuggestionRules>();
        services.AddScoped<ResumeService>();
        services.AddTransient<ResumeParseJob>();
        services.AddSingleton<IResumeParseDispatcher, CoravelResumeParseDispatcher>();
        services.AddHostedService<UnfinishedResumes>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(UploadPolicy, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var perMinute = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.ResumeUploadsPerMinute;
            var user = http.User.Identity?.IsAuthenticated == true ? http.User.UserId().ToString(System.Globalization.CultureInfo.InvariantCulture) : "anonymous";
            return RateLimitPartition.GetTokenBucketLimiter($"{UploadPolicy}:{user}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }));
        return services;
    }
}
