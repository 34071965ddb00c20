using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Infrastructure.Web;

namespace CareerCopilot.Web.Hosting;

/// <summary>Capture's wiring: the guard on outbound connections (the job boards use it too) and the one fetcher of user-given links.</summary>
public static class Capture
{
    public static IServiceCollection AddCapture(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<GuardedConnections>();
        // No retries and no automatic redirects: each hop is the fetcher's to check, and a failure is the user's to see.
        services.AddHttpClient<IPageFetcher, PageFetcher>(PageFetcher.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(FetchOptions.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<GuardedConnections>().CreateHandler(followRedirects: false));
        return services;
    }
}
