using System.Net;
using System.Text;
using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// USAJOBS' search API: the operator's key in <c>Authorization-Key</c> and, as its terms ask, the address that key was
/// registered with as the User-Agent (for this board only; <c>Sources:UsaJobs:ApiKey</c> and <c>Email</c>). It answers
/// unfiltered searches badly, so a search text (<c>Keyword</c>) or a place (<c>LocationName</c>) is required. Pages of
/// 500 up to its <c>NumberOfPages</c>; pay as strings with an interval code; the closing date as the last day;
/// telework eligibility as hybrid.
/// </summary>
public sealed class UsaJobsBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard
{
    public const int PageSize = 500;

    public BoardType Type => BoardType.UsaJobs;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var settings = http.Endpoints.Settings(Type);
        if (string.IsNullOrWhiteSpace(settings.ApiKey) || string.IsNullOrWhiteSpace(settings.Email))
            throw new BoardFetchException(
                "USAJOBS needs credentials: the operator must set Sources:UsaJobs:ApiKey and Sources:UsaJobs:Email (the address the key was registered with).");
        if (string.IsNullOrWhiteSpace(query.Query) && string.IsNullOrWhiteSpace(query.Location))
            throw new BoardFetchException("USAJOBS only answers a filtered search: give this source a search text or a place.");
        var filters = "";
        if (!string.IsNullOrWhiteSpace(query.Query)) filters += $"Keyword={Uri.EscapeDataString(query.Query.Trim())}&";
        if (!string.IsNullOrWhiteSpace(query.Location)) filters += $"LocationName={Uri.EscapeDataString(query.Location.Trim())}&";
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        for (var page = 1; page <= options.Value.MaxPages; page++)
        {
            var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/api/Search?{filters}ResultsPerPage={PageSize}&Page={page}"), ct,
                headers =>
                {
                    // The registered address replaces the product's User-Agent; HttpClient then adds no default of its own.
                    headers.TryAddWithoutValidation("User-Agent", settings.Email);
                    headers.TryAddWithoutValidation("Authorization-Key", settings.ApiKey);
                })).Json();
            if (answer.Obj("SearchResult") is not { } result || result.Get("SearchResultItems") is not { ValueKind: JsonValueKind.Array } items)
                throw new BoardFetchException("USAJOBS' answer has no list of jobs.");
            var fetch = Adapters.MapEach(items.EnumerateArray(), Map);
            postings.AddRange(fetch.Postings);
            skipped += fetch.Skipped;
            if (items.GetArrayLength() < PageSize || page >= (result.Obj("UserArea")?.Whole("NumberOfPages") ?? 1)) break;
        }
        return new BoardFetch(postings, skipped);
    }

    private NormalisedPosting? Map(JsonElement item)
    {
        var job = item.Obj("MatchedObjectDescriptor") ?? throw new FormatException("An item without its descriptor.");
        var details = job.Obj("UserArea")?.Obj("Details");
        var (html, text) = HtmlContent.Clean(Description(job, details));
        var pay = job.Arr("PositionRemuneration").FirstOrDefault();
        var places = job.Arr("PositionLocation").Select(Place).OfType<PostingLocation>().ToList();
        if (places.Count == 0 && job.Str("PositionLocationDisplay") is { Length: > 0 } display) places.Add(new PostingLocation(display));
        var closes = BoardValues.DateFrom(job.Str("ApplicationCloseDate"));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = item.Str("MatchedObjectId") ?? job.Str("PositionID") ?? "",
            Title = job.Str("PositionTitle") ?? "",
            Company = job.Str("OrganizationName") ?? job.Str("DepartmentName") ?? "",
            Locations = places,
            Remote = details?.Bool("RemoteIndicator") == true || BoardValues.RemoteFrom(job.Str("PositionLocationDisplay")) is RemoteMode.Remote
                ? RemoteMode.Remote
                : details?.Bool("TeleworkEligible") switch { true => RemoteMode.Hybrid, false => RemoteMode.Onsite, null => RemoteMode.Unknown },
            EmploymentType = BoardValues.EmploymentTypeFrom(job.Arr("PositionSchedule").FirstOrDefault().Str("Name")) is { } type
                and not EmploymentType.Other ? type : null,
            Salary = pay.ValueKind == JsonValueKind.Object
                ? new PostingSalary(pay.Num("MinimumRange"), pay.Num("MaximumRange"), "USD", BoardValues.PeriodFrom(pay.Str("RateIntervalCode")))
                : null,
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("PositionURI"),
            ApplyUrl = job.Arr("ApplyURI").Select(u => u.AsString()).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? job.Str("PositionURI"),
            PostedAt = BoardValues.DateFrom(job.Str("PublicationStartDate")),
            ValidThrough = closes is { } day ? DateOnly.FromDateTime(day) : null,
            Tags = [.. job.Strings("JobCategory", "Name"), .. job.Str("DepartmentName") is { } department ? [department] : Array.Empty<string>()],
        };
    }

    private static PostingLocation? Place(JsonElement place) => place.Str("LocationName") is { Length: > 0 } name
        ? new PostingLocation(name, place.Str("CityName"), place.Str("CountrySubDivisionCode"), place.Str("CountryCode"))
        : null;

    /// <summary>The summary, the duties and the qualifications, which USAJOBS sends as plain text, as paragraphs.</summary>
    private static string Description(JsonElement job, JsonElement? details)
    {
        var html = new StringBuilder();
        if (details?.Str("JobSummary") is { Length: > 0 } summary) html.Append("<p>").Append(WebUtility.HtmlEncode(summary)).Append("</p>");
        var duties = details?.Strings("MajorDuties") ?? [];
        if (duties.Count > 0)
            html.Append("<h3>Duties</h3><ul>").AppendJoin("", duties.Select(d => $"<li>{WebUtility.HtmlEncode(d)}</li>")).Append("</ul>");
        if (job.Str("QualificationSummary") is { Length: > 0 } qualifications)
            html.Append("<h3>Qualifications</h3><p>").Append(WebUtility.HtmlEncode(qualifications)).Append("</p>");
        return html.ToString();
    }
}
