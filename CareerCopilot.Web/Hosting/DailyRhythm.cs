using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Infrastructure.Email;
using CareerCopilot.Web.Realtime;

namespace CareerCopilot.Web.Hosting;

/// <summary>The daily rhythm's wiring: mail, the users' live event streams.</summary>
public static class DailyRhythm
{
    public static IServiceCollection AddDailyRhythm(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMailSender, MailKitSender>();
        services.AddSingleton<UserEventHub>();
        services.AddSingleton<IUserEvents>(sp => sp.GetRequiredService<UserEventHub>());
        return services;
    }

    /// <summary>On shutdown every live stream ends, so none holds the server open.</summary>
    public static void UseDailyRhythm(this WebApplication app) =>
        app.Lifetime.ApplicationStopping.Register(app.Services.GetRequiredService<UserEventHub>().CloseEverything);
}
