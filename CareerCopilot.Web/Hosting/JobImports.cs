using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Infrastructure.Email;
using CareerCopilot.Web.Infrastructure.Web.JobPages;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>Import by link and from alert emails: the page readers in order of trust, the ATS lookup, the per-user allowance.</summary>
public static class JobImports
{
    public static IServiceCollection AddJobImport(this IServiceCollection services)
    {
        // Order matters: the reader trusts the first extractor most and fills its gaps from the later ones.
        services.AddSingleton<IJobPageExtractor, JsonLdExtractor>();
        services.AddSingleton<IJobPageExtractor, MicrodataExtractor>();
        services.AddSingleton<IJobPageExtractor, MetaExtractor>();
        services.AddSingleton<IJobPageReader, JobPageReader>();
        services.AddSingleton<IAtsLookup, AtsLookup>();
        services.AddSingleton<IAlertEmailReader, AlertEmailReader>();
        services.AddSingleton(sp => new ImportAllowance(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.UrlImportsPerMinute));
        services.AddScoped<JobImport>();
        return services;
    }
}
