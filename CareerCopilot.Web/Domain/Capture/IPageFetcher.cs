namespace CareerCopilot.Web.Domain.Capture;

/// <summary>
/// Fetches a web page a user pointed at, on their behalf, and only from the public internet. Throws
/// <see cref="PageFetchException"/> for a refused address, an unreachable page or one that takes too long.
/// </summary>
public interface IPageFetcher
{
    Task<FetchedPage> FetchAsync(string url, CancellationToken ct);
}

/// <summary>
/// A page as fetched: the address it was finally served from (after redirects), its media type, and its text (read
/// up to the size limit: a longer page is cut there, not refused, as a job's facts sit near its top).
/// </summary>
public sealed record FetchedPage(Uri Url, string? MediaType, string Text, bool Truncated);
