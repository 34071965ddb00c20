using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Ashby's public posting API: the whole board in one answer with pay when asked for. Unlisted jobs are left out,
/// <c>workplaceType</c> wins over <c>isRemote</c> (they often disagree), and pay is shown only when the employer lets it be.
/// </summary>
public sealed class AshbyBoard(BoardHttp http) : IJobBoard, IBoardRecord
{
    public BoardType Type => BoardType.Ashby;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var name = query.Key!.Trim();
        var board = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/posting-api/job-board/{Uri.EscapeDataString(name)}?includeCompensation=true"), ct)).Json();
        if (board.ValueKind != JsonValueKind.Object || board.Get("jobs") is not { ValueKind: JsonValueKind.Array })
            throw new BoardFetchException("Ashby's answer has no list of jobs.");
        return Adapters.MapEach(board.Arr("jobs"), job => Map(job, BoardValues.CompanyFromKey(name)));
    }

    /// <summary>Ashby's public API has no single-job read: the board is read and the job picked from it.</summary>
    public async Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct)
    {
        var board = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/posting-api/job-board/{Uri.EscapeDataString(key)}?includeCompensation=true"), ct)).Json();
        var job = board.ValueKind == JsonValueKind.Object ? board.Arr("jobs").FirstOrDefault(j => string.Equals(j.Str("id"), id, StringComparison.OrdinalIgnoreCase)) : default;
        return job.ValueKind == JsonValueKind.Object ? Map(job, BoardValues.CompanyFromKey(key)) : null;
    }

    private NormalisedPosting? Map(JsonElement job, string company)
    {
        if (job.Bool("isListed") == false) return null;
        var (html, text) = HtmlContent.Clean(job.Str("descriptionHtml"));
        var remote = BoardValues.RemoteFrom(job.Str("workplaceType"));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id") ?? "",
            Title = job.Str("title") ?? "",
            Company = company,
            Locations = Locations(job),
            Remote = remote != RemoteMode.Unknown ? remote : job.Bool("isRemote") == true ? RemoteMode.Remote : BoardValues.RemoteFrom(job.Str("location")),
            EmploymentType = BoardValues.EmploymentTypeFrom(job.Str("employmentType")),
            Salary = job.Bool("shouldDisplayCompensationOnJobPostings") == false ? null : Salary(job.Obj("compensation")),
            DescriptionHtml = html,
            DescriptionText = job.Str("descriptionPlain") is { Length: > 0 } plain ? plain.Trim() : text,
            Url = job.Str("jobUrl"),
            ApplyUrl = job.Str("applyUrl"),
            PostedAt = BoardValues.DateFrom(job.Str("publishedAt")),
            Tags = BoardValues.TagsFrom([job.Str("department"), job.Str("team")]),
        };
    }

    /// <summary>The primary location with its postal address's parts, then the secondary ones with theirs.</summary>
    private static List<PostingLocation> Locations(JsonElement job)
    {
        var locations = new List<PostingLocation>();
        var postal = job.Obj("address")?.Obj("postalAddress");
        if ((job.Str("location") ?? postal?.Str("addressLocality")) is { } primary)
            locations.Add(Place(primary, postal));
        foreach (var secondary in job.Arr("secondaryLocations"))
            if ((secondary.Str("location") ?? secondary.Obj("address")?.Str("addressLocality")) is { } raw)
                locations.Add(Place(raw, secondary.Obj("address")));
        return locations;
    }

    private static PostingLocation Place(string raw, JsonElement? address) =>
        new(raw, address?.Str("addressLocality"), address?.Str("addressRegion"), address?.Str("addressCountry"));

    /// <summary>
    /// The salary components (the summary's, else every tier's) in the first one's currency and interval, spanned from
    /// the lowest minimum to the highest maximum: tiers are usually the same job's pay in different places.
    /// </summary>
    private static PostingSalary? Salary(JsonElement? compensation)
    {
        if (compensation is not { } c) return null;
        var summary = c.Arr("summaryComponents").Where(IsSalary).ToList();
        var components = summary.Count > 0 ? summary : c.Arr("compensationTiers").SelectMany(t => t.Arr("components")).Where(IsSalary).ToList();
        if (components.Count == 0) return null;
        var (currency, interval) = (components[0].Str("currencyCode"), components[0].Str("interval"));
        var same = components.Where(s => s.Str("currencyCode") == currency && s.Str("interval") == interval).ToList();
        return new PostingSalary(same.Min(s => s.Num("minValue")), same.Max(s => s.Num("maxValue")), currency, BoardValues.PeriodFrom(interval));
    }

    private static bool IsSalary(JsonElement component) =>
        string.Equals(component.Str("compensationType"), "Salary", StringComparison.OrdinalIgnoreCase);
}
