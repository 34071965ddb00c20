using System.ComponentModel.DataAnnotations;

namespace CareerCopilot.Web.Hosting;

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>Empty means: generate one and keep it in the data directory.</summary>
    public string? SigningKey { get; set; }

    [Range(1, 24 * 30)]
    public int ExpirationHours { get; set; } = 24;
}

public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";
    public bool Enabled { get; set; } = true;
}

/// <summary>Per client address and minute; a test or a benchmark identity may raise them.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)] public int SignInPerMinute { get; set; } = 10;
    [Range(1, 100_000)] public int SignUpPerMinute { get; set; } = 5;

    /// <summary>Links a user may have read per minute (import by link, from an email, by the bookmarklet), as a token bucket.</summary>
    [Range(1, 100_000)] public int UrlImportsPerMinute { get; set; } = 20;
    /// <summary>Resume uploads per user and minute (a token bucket: a burst up to this, then this many a minute).</summary>
    [Range(1, 100_000)] public int ResumeUploadsPerMinute { get; set; } = 10;
    /// <summary>
    /// Calendar feed fetches per client address and minute. Calendar services fetch every subscriber's feed from a few
    /// shared addresses, so this is a guard against floods, not against guessing (a secret has 256 bits).
    /// </summary>
    [Range(1, 100_000)] public int CalendarFeedsPerMinute { get; set; } = 600;

    /// <summary>Digest previews a user may ask for per minute ("Send me a preview now", the API), as a token bucket.</summary>
    [Range(1, 100_000)] public int DigestPreviewsPerMinute { get; set; } = 3;

    /// <summary>Confirmation mails a user may ask for again, per minute.</summary>
    [Range(1, 100_000)] public int ConfirmationMailsPerMinute { get; set; } = 2;
}

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest JSON body the API reads; larger ones get 413 before any parsing.</summary>
    [Range(1024, 10_000_000)] public int MaxBodyBytes { get; set; } = 256 * 1024;
}
