namespace CareerCopilot.Web.Domain.Capture;

/// <summary>
/// Reads a job out of a page's HTML: structured data first (JSON-LD, microdata), then the page's meta tags and
/// readable text. Null when the page holds no job it can name (a title and an employer).
/// </summary>
public interface IJobPageReader
{
    Task<FoundJob?> ReadAsync(Uri url, string html, CancellationToken ct);
}

/// <summary>
/// A link to a known applicant-tracking system's job page, read from that system's API instead of its page: the exact
/// record. Null when the link is not such a page or the record cannot be had (the page is fetched instead).
/// </summary>
public interface IAtsLookup
{
    Task<FoundJob?> FindAsync(Uri url, CancellationToken ct);
}

/// <summary>A job link found in an email, with what the email's own text says about it.</summary>
public sealed record EmailJobLink(string Url, string? Title, string? Company);

/// <summary>Reads a job-alert email (an .eml file) into the job links it carries.</summary>
public interface IAlertEmailReader
{
    /// <summary>The job links, each once; throws <see cref="UnreadableEmailException"/> when the file is no email.</summary>
    Task<IReadOnlyList<EmailJobLink>> ReadAsync(Stream eml, CancellationToken ct);
}
