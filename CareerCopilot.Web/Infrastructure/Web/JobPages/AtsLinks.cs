using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>A job page on a known applicant-tracking system: which board, the company's key there and the job's id.</summary>
public sealed record AtsLink(BoardType Board, string Key, string Id);

/// <summary>
/// Recognises the job pages of the applicant-tracking systems whose API gives the exact record: Greenhouse (both hosts,
/// EU too), Lever (US and EU), Ashby, Workable, SmartRecruiters and Recruitee. The key and id taken from the link
/// become path segments of an API address, so each must be a plain segment: letters, digits, '-', '_', '.', no "..".
/// </summary>
public static partial class AtsLinks
{
    public static AtsLink? Recognise(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) return null;
        var host = url.IdnHost.ToLowerInvariant();
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var link = host switch
        {
            "boards.greenhouse.io" or "job-boards.greenhouse.io" or "job-boards.eu.greenhouse.io" or "boards.eu.greenhouse.io"
                when segments is [var t, "jobs", var id, ..] => new AtsLink(BoardType.Greenhouse, t, id),
            "jobs.lever.co" when segments is [var site, var id, ..] => new AtsLink(BoardType.Lever, site, id),
            "jobs.eu.lever.co" when segments is [var site, var id, ..] => new AtsLink(BoardType.LeverEu, site, id),
            "jobs.ashbyhq.com" when segments is [var board, var id, ..] => new AtsLink(BoardType.Ashby, board, id),
            "apply.workable.com" when segments is [var account, "j", var code, ..] => new AtsLink(BoardType.Workable, account, code),
            "jobs.smartrecruiters.com" when segments is [var company, var id, ..] => new AtsLink(BoardType.SmartRecruiters, company, LeadingId(id)),
            _ when host.EndsWith(".recruitee.com", StringComparison.Ordinal) && segments is ["o", var slug, ..]
                => new AtsLink(BoardType.Recruitee, host[..^".recruitee.com".Length], slug),
            _ => null,
        };
        return link is not null && SafeSegment(link.Key) && SafeSegment(link.Id) ? link : null;
    }

    /// <summary>SmartRecruiters writes "743999912345678-senior-engineer": the id is the number before the title.</summary>
    private static string LeadingId(string segment) => LeadingDigits().Match(segment) is { Success: true } m ? m.Value : segment;

    public static bool SafeSegment(string value) => Segment().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex Segment();

    [GeneratedRegex(@"^\d{6,}(?=-|$)")]
    private static partial Regex LeadingDigits();
}
