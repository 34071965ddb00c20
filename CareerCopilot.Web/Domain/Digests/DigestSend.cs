namespace CareerCopilot.Web.Domain.Digests;

/// <summary>Where one scheduled digest stands: being sent, sent, not sent because there was nothing to say, or failed.</summary>
public enum DigestSendStatus { Sending, Sent, Empty, Failed }

/// <summary>
/// One scheduled digest of one user for one of their local dates. Unique on (user, kind, local date): whoever claims the
/// row first sends, so a restart or a second instance never sends the same digest twice. Previews are not recorded.
/// </summary>
public sealed class DigestSend
{
    public const int MaxErrorLength = 1000;

    public int Id { get; set; }
    public int UserId { get; set; }
    public DigestKind Kind { get; set; }

    /// <summary>The user's own date the digest is for.</summary>
    public DateOnly LocalDate { get; set; }
    public DigestSendStatus Status { get; set; }

    /// <summary>How many times sending was tried (each try itself retries with backoff).</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last try failed, for the operator.</summary>
    public string? Error { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}
