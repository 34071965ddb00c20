using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>Resumes' wiring: where files live, the service, the parse queue and its restart, and the upload allowance.</summary>
public static class Resumes
{
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
        services.AddSingleton(sp => new ResumeUploadAllowance(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.ResumeUploadsPerMinute));
        return services;
    }
}
