using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>One screen in the log on start: what this instance runs with, secrets masked.</summary>
public static partial class ConfigurationSummary
{
    public static void LogConfigurationSummary(this WebApplication app, DataDirectory data)
    {
        var config = app.Configuration;
        var jwtConfigured = !string.IsNullOrEmpty(config["Jwt:SigningKey"]);
        var limits = app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var scheduled = app.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value.Enabled;
        var availability = app.Services.GetRequiredService<IBoardAvailability>();
        var smtp = app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        var mail = smtp.UsesPickupDirectory
            ? $"no SMTP host: written to {data.File(MailKitSender.PickupFolder)}"
            : string.Create(CultureInfo.InvariantCulture, $"SMTP {smtp.Host}:{smtp.Port} ({(smtp.UseTls ? "TLS" : "no TLS")}{(string.IsNullOrEmpty(smtp.User) ? "" : ", with a login")})");
        var boards = BoardCatalogue.All.Count(b => availability.IsAvailable(b.Type));
        // Invariant: the summary reads the same whatever the server's culture.
        var summary = new StringBuilder()
            .AppendLine("Career Co-Pilot configuration")
            .AppendLine(CultureInfo.InvariantCulture, $"  Environment        {app.Environment.EnvironmentName}")
            .AppendLine(CultureInfo.InvariantCulture, $"  Data directory     {data.Path}")
            .AppendLine(CultureInfo.InvariantCulture, $"  Database           {Mask(Database.ConnectionString(config, data))}")
            .AppendLine(CultureInfo.InvariantCulture, $"  API tokens         signing key {(jwtConfigured ? "from configuration" : "generated, kept in the data directory")}, {app.Services.GetRequiredService<IOptions<JwtOptions>>().Value.ExpirationHours} h")
            .AppendLine(CultureInfo.InvariantCulture, $"  Scheduled work     {(scheduled ? "nightly ingestion at 04:00 server time; digests every 15 minutes (morning 08:00, evening 20:00, each user's time)" : "off (Scheduler:Enabled is false)")}")
            .AppendLine(CultureInfo.InvariantCulture, $"  Job boards         {boards} of {BoardCatalogue.All.Count} ready; the others need an operator's key")
            // Words follow features: nothing is generated yet, whatever its settings say.
            .AppendLine(CultureInfo.InvariantCulture, $"  Mail               {mail}")
            .AppendLine("  AI                 not in this version")
            .Append(CultureInfo.InvariantCulture, $"  Rate limits        sign-in {limits.SignInPerMinute}/min, sign-up {limits.SignUpPerMinute}/min");
        app.Logger.LogInformation("{Summary}", summary.ToString());
    }

    public static string Mask(string connectionString) =>
        SecretPart().Replace(connectionString, m => $"{m.Groups[1].Value}=****");

    [GeneratedRegex(@"(Password|Pwd|User Password)\s*=\s*[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPart();
}
