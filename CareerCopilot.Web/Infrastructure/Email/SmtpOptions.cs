using System.ComponentModel.DataAnnotations;

namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>Outgoing mail (<c>Smtp:*</c>). With no host, messages are written to the data directory's mail folder.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    [Range(1, 65535)] public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender, as <c>Name &lt;address&gt;</c> or a bare address.</summary>
    [Required] public string From { get; set; } = "Career Co-Pilot <no-reply@careercopilot.invalid>";

    /// <summary>True: TLS from the first byte on port 465, STARTTLS required elsewhere. False: plain (a relay on the same host).</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Tries per message; between them the wait doubles from <see cref="RetryDelay"/>.</summary>
    [Range(1, 10)] public int MaxAttempts { get; set; } = 3;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesPickupDirectory => string.IsNullOrWhiteSpace(Host);
}
