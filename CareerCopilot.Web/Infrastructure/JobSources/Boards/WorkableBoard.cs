using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Workable's public careers widget: the account's name and every published job in one answer, descriptions included
/// with <c>details=true</c>; a job's locations may be hidden by the employer and are then left out.
/// </summary>
public sealed class WorkableBoard(BoardHttp http) : IJobBoard, IBoardRecord
{
    public BoardType Type => BoardType.Workable;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var account = query.Key!.Trim();
        var widget = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/api/v1/widget/accounts/{Uri.EscapeDataString(account)}?details=true"), ct)).Json();
        if (widget.ValueKind != JsonValueKind.Object || widget.Get("jobs") is not { ValueKind: JsonValueKind.Array })
            throw new BoardFetchException("Workable's answer has no list of jobs.");
        var company = widget.Str("name") is { Length: > 0 } name ? name : account;
        return Adapters.MapEach(widget.Arr("jobs"), job => Map(job, company));
    }

    /// <summary>The account's widget, read whole, and the job with that short code picked from it.</summary>
    public async Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct)
    {
        var widget = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/api/v1/widget/accounts/{Uri.EscapeDataString(key)}?details=true"), ct)).Json();
        if (widget.ValueKind != JsonValueKind.Object) return null;
        var job = widget.Arr("jobs").FirstOrDefault(j => string.Equals(j.Str("shortcode"), id, StringComparison.OrdinalIgnoreCase));
        return job.ValueKind == JsonValueKind.Object ? Map(job, widget.Str("name") is { Length: > 0 } name ? name : key) : null;
    }

    private NormalisedPosting? Map(JsonElement job, string company)
    {
        if (job.Str("shortcode") is not { Length: > 0 } shortcode) return null;
        var (html, text) = HtmlContent.Clean(job.Str("description"));
        var locations = Locations(job);
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = shortcode,
            Title = job.Str("title") ?? "",
            Company = company,
            Locations = locations,
            Remote = job.Bool("telecommuting") == true ? RemoteMode.Remote : BoardValues.RemoteFrom(string.Join(' ', locations.Select(l => l.Raw))),
            EmploymentType = BoardValues.EmploymentTypeFrom(job.Str("employment_type")),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("url") ?? job.Str("shortlink"),
            ApplyUrl = job.Str("application_url"),
            PostedAt = BoardValues.DateFrom(job.Str("published_on")) ?? BoardValues.DateFrom(job.Str("created_at")),
            Tags = BoardValues.TagsFrom([job.Str("department"), job.Str("function")]),
        };
    }

    /// <summary>The job's visible locations; its own city, state and country when it lists none.</summary>
    private static List<PostingLocation> Locations(JsonElement job)
    {
        var listed = job.Arr("locations").Where(l => l.Bool("hidden") != true)
            .Select(l => BoardValues.PlaceFrom(null, l.Str("city"), l.Str("region"), l.Str("country"), l.Str("countryCode") ?? l.Str("country")))
            .OfType<PostingLocation>().ToList();
        if (listed.Count > 0 || job.Arr("locations").Any()) return listed;
        return BoardValues.PlaceFrom(null, job.Str("city"), job.Str("state"), job.Str("country"), job.Str("country")) is { } own ? [own] : [];
    }
}
