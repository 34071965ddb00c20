using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Infrastructure.Web;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>Every board's settings, by the board's configuration name (<c>Sources:Greenhouse</c>), in any case.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    public Dictionary<string, BoardSettings> Boards { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One board's settings under <c>Sources:&lt;Name&gt;</c>.</summary>
public sealed class BoardSettings
{
    /// <summary>Stands in for the board's scheme, host and port (tests, proxies); the path stays the board's own.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The key of a board that needs one (Adzuna's app_key, USAJOBS' Authorization-Key, Jooble's key).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Adzuna's app_id.</summary>
    public string? AppId { get; set; }

    /// <summary>USAJOBS wants the address its key was registered with as the User-Agent.</summary>
    public string? Email { get; set; }

    /// <summary>Adzuna searches one country's site at a time: its two-letter code (gb, us, de, fr, ...).</summary>
    public string Country { get; set; } = "gb";
}

/// <summary>How the run reads boards: politely, within limits, and retrying what deserves another try.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>The least time between two requests to one host.</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt at one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait before a retry; each further one doubles it (or the board's Retry-After, if it says).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(0, 10)] public int MaxRetries { get; set; } = 3;

    /// <summary>A board's answer larger than this is not read.</summary>
    [Range(1024, 500_000_000)] public int MaxResponseBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Pages read from one paged board per query, at most.</summary>
    [Range(1, 1000)] public int MaxPages { get; set; } = 50;

    /// <summary>Who is asking, as the boards see it: the product, and where to read about it.</summary>
    public string UserAgent { get; set; } = FetchOptions.UserAgent;
}
