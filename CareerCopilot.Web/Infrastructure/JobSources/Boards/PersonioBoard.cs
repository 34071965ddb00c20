using System.Net;
using System.Xml.Linq;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Personio's XML feed on the company's jobs host: positions with their descriptions as named sections of HTML in CDATA,
/// schedule and contract as enumerations, and no link, which is built the way the careers page writes it.
/// </summary>
public sealed class PersonioBoard(BoardHttp http) : IJobBoard
{
    public BoardType Type => BoardType.Personio;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var company = query.Key!.Trim();
        var feed = (await http.GetAsync(Type, http.Endpoints.Address(Type, "/xml?language=en", company), ct)).Xml();
        if (feed.Root?.Name.LocalName != "workzag-jobs")
            throw new BoardFetchException("Personio's answer is not a job feed (no <workzag-jobs>); the company may not have enabled its XML feed.");
        return Adapters.MapEach(feed.Root.Elements("position"), position => Map(position, company));
    }

    private NormalisedPosting? Map(XElement position, string company)
    {
        if (Value(position, "id") is not { } id || Value(position, "name") is not { } title) return null;
        var (html, text) = HtmlContent.Clean(string.Concat(position.Element("jobDescriptions")?.Elements("jobDescription")
            .Select(d => $"<h3>{WebUtility.HtmlEncode(Value(d, "name"))}</h3>{d.Element("value")?.Value}") ?? []));
        var offices = new[] { Value(position, "office") }
            .Concat(position.Element("additionalOffices")?.Elements("office").Select(o => o.Value.Trim()) ?? [])
            .Where(o => !string.IsNullOrEmpty(o)).OfType<string>().Distinct().ToList();
        // The link a person opens: the company's real jobs host, whatever the feed was read through.
        var url = $"https://{company.ToLowerInvariant()}.jobs.personio.de/job/{Uri.EscapeDataString(id)}";
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = id,
            Title = title,
            Company = Value(position, "subcompany") ?? company,
            Locations = offices.Select(o => new PostingLocation(o)).ToList(),
            Remote = BoardValues.RemoteFrom(string.Join(' ', offices)),
            EmploymentType = EmploymentTypeOf(Value(position, "employmentType"), Value(position, "schedule")),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = url,
            ApplyUrl = url,
            PostedAt = BoardValues.DateFrom(Value(position, "createdAt")),
            Tags = BoardValues.TagsFrom((Value(position, "keywords") ?? "").Split(',').Prepend(Value(position, "department"))),
        };
    }

    /// <summary>
    /// The contract where it says more than the hours (intern and trainee are internships, freelance a contract), else
    /// the schedule (full- or part-time), else the contract (permanent reads as full-time).
    /// </summary>
    private static EmploymentType? EmploymentTypeOf(string? contract, string? schedule)
    {
        var byContract = BoardValues.EmploymentTypeFrom(contract);
        if (byContract is EmploymentType.Internship or EmploymentType.Contract) return byContract;
        return BoardValues.EmploymentTypeFrom(schedule) ?? byContract;
    }

    private static string? Value(XElement parent, string name) =>
        parent.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
