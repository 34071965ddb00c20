using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Infrastructure.Email;
using CareerCopilot.Web.Infrastructure.Identity;
using CareerCopilot.Web.Infrastructure.Scheduling;
using CareerCopilot.Web.Realtime;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>The daily rhythm's wiring: mail, the digests (composed, rendered, sent when due), the users' live event streams.</summary>
public static class DailyRhythm
{
    public static IServiceCollection AddDailyRhythm(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMailSender, MailKitSender>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<DigestMailer>();
        services.AddSingleton<IDigestMailer>(sp => sp.GetRequiredService<DigestMailer>());
        services.AddSingleton(sp => new DigestPreviewAllowance(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.DigestPreviewsPerMinute));
        services.AddSingleton(sp => new ConfirmationMailAllowance(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.ConfirmationMailsPerMinute));
        services.AddScoped<EmailConfirmation>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<DigestService>();
        services.AddTransient<DigestRunJob>();
        services.AddSingleton<UserEventHub>();
        services.AddSingleton<IUserEvents>(sp => sp.GetRequiredService<UserEventHub>());
        return services;
    }

    /// <summary>On shutdown every live stream ends, so none holds the server open.</summary>
    public static void UseDailyRhythm(this WebApplication app) =>
        app.Lifetime.ApplicationStopping.Register(app.Services.GetRequiredService<UserEventHub>().CloseEverything);
}
