using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Realtime;

namespace CareerCopilot.Web.Hosting;

/// <summary>Live updates: the event streams' settings and the match alerts (the hub itself is part of the daily rhythm's foundation).</summary>
public static class LiveEvents
{
    public static IServiceCollection AddLiveEvents(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MatchAlertService>();
        services.AddSingleton<MatchAlertInbox>();
        services.AddSingleton<IMatchAlerts>(sp => sp.GetRequiredService<MatchAlertInbox>());
        services.AddHostedService<MatchAlertWorker>();
        return services;
    }
}
