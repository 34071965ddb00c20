using System.ComponentModel.DataAnnotations;

namespace CareerCopilot.Web.Infrastructure.Web;

public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>How the server names itself to every site it fetches from.</summary>
    public const string UserAgent = "CareerCopilot/1.0 (self-hosted job-search assistant; +https://github.com/career-copilot)";

    /// <summary>Lets outbound fetches reach loopback and private addresses: for tests and their fake servers only.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long one page may take, redirects included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How much of a page is read; the rest is never downloaded.</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How many redirects one fetch follows, each checked like the first address.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;
}
