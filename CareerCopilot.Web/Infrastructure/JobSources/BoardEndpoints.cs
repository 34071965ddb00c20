using System.Collections.Frozen;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>
/// Where each board lives, and where it lives instead when <c>Sources:&lt;Name&gt;:BaseUrl</c> says so: the override
/// replaces scheme, host and port and keeps the board's own path; for a board whose host carries the company, the
/// override stands for the whole host and the company becomes the first path segment.
/// </summary>
public sealed class BoardEndpoints(IOptions<SourcesOptions> sources)
{
    /// <summary>{0} is the company, on boards whose host carries it.</summary>
    private static readonly FrozenDictionary<BoardType, string> RealBases = new Dictionary<BoardType, string>
    {
        [BoardType.Greenhouse] = "https://boards-api.greenhouse.io",
        [BoardType.Lever] = "https://api.lever.co",
        [BoardType.LeverEu] = "https://api.eu.lever.co",
        [BoardType.Ashby] = "https://api.ashbyhq.com",
        [BoardType.SmartRecruiters] = "https://api.smartrecruiters.com",
        [BoardType.Workable] = "https://apply.workable.com",
        [BoardType.Recruitee] = "https://{0}.recruitee.com",
        [BoardType.Personio] = "https://{0}.jobs.personio.de",
        [BoardType.Remotive] = "https://remotive.com",
        [BoardType.Arbeitnow] = "https://www.arbeitnow.com",
        [BoardType.TheMuse] = "https://www.themuse.com",
        [BoardType.RemoteOk] = "https://remoteok.com",
        [BoardType.Himalayas] = "https://himalayas.app",
        [BoardType.HackerNews] = "https://hn.algolia.com",
        [BoardType.Adzuna] = "https://api.adzuna.com",
        [BoardType.UsaJobs] = "https://data.usajobs.gov",
        [BoardType.Jooble] = "https://jooble.org",
    }.ToFrozenDictionary();

    public BoardSettings Settings(BoardType board) =>
        sources.Value.Boards.TryGetValue(BoardCatalogue.Of(board).ConfigName, out var settings) ? settings : new BoardSettings();

    /// <summary>The address of a path (with its query) on the board; <paramref name="company"/> for boards whose host carries it.</summary>
    public Uri Address(BoardType board, string pathAndQuery, string? company = null)
    {
        var real = RealBases[board];
        var hostCarriesCompany = real.Contains("{0}", StringComparison.Ordinal);
        if (hostCarriesCompany && string.IsNullOrEmpty(company)) throw new ArgumentException("This board's host carries the company.", nameof(company));
        if (Override(board) is { } baseUrl)
            return new Uri(baseUrl.TrimEnd('/') + (hostCarriesCompany ? "/" + Uri.EscapeDataString(company!) : "") + pathAndQuery);
        return new Uri((hostCarriesCompany ? string.Format(System.Globalization.CultureInfo.InvariantCulture, real, company) : real) + pathAndQuery);
    }

    /// <summary>A follow-up address from a payload (a next-page link), moved onto the override when there is one.</summary>
    public Uri Rebase(BoardType board, Uri fromPayload)
    {
        if (Override(board) is not { } baseUrl) return fromPayload;
        var target = new Uri(baseUrl);
        return new UriBuilder(fromPayload) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
    }

    private string? Override(BoardType board) => Settings(board).BaseUrl is { Length: > 0 } url ? url : null;
}
