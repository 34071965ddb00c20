namespace CareerCopilot.Web.Domain.Calendar;

/// <summary>
/// A user's secret iCalendar address. The secret is the credential, so only its hash is looked up; the secret itself is
/// kept sealed (data protection) so the settings page can show the same address again. Revoking deletes the row.
/// </summary>
public sealed class CalendarFeed
{
    public int UserId { get; set; }

    /// <summary>SHA-256 of the secret, hex: what a feed request is matched on.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>The secret, protected by the app's key ring.</summary>
    public string SealedSecret { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
