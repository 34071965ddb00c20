using System.Net;
using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// SmartRecruiters' Posting API: the list pages by offset up to <c>totalFound</c> but carries no description or links,
/// so each posting's detail is read for its job ad and addresses, for the first <see cref="MaxDetails"/> postings.
/// </summary>
public sealed class SmartRecruitersBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard, IBoardRecord
{
    public const int PageSize = 100;

    /// <summary>
    /// Details read per fetch, at most. Each is one more request to the same host, paced by the per-host turn: a company
    /// with thousands of postings would take most of a run and press on the board for what the list already says
    /// (title, place, type, date). The list's order is the board's, newest first, so the details go where they matter.
    /// </summary>
    public const int MaxDetails = 100;

    public BoardType Type => BoardType.SmartRecruiters;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var company = Uri.EscapeDataString(query.Key!.Trim());
        var items = new List<JsonElement>();
        var offset = 0;
        for (var page = 0; page < options.Value.MaxPages; page++)
        {
            var list = (await GetAsync($"/v1/companies/{company}/postings?limit={PageSize}&offset={offset}", ct)).Json();
            if (list.ValueKind != JsonValueKind.Object || list.Get("content") is not { ValueKind: JsonValueKind.Array } content)
                throw new BoardFetchException("SmartRecruiters' answer has no list of postings.");
            items.AddRange(content.EnumerateArray());
            offset += content.GetArrayLength();
            if (content.GetArrayLength() == 0 || offset >= (list.Whole("totalFound") ?? 0)) break;
        }

        var details = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var id in items.Where(i => i.Str("name") is not null).Select(i => i.Str("id")).OfType<string>().Distinct().Take(MaxDetails))
            if (await DetailAsync(company, id, ct) is { } detail) details[id] = detail;
        return Adapters.MapEach(items, item => Map(item, item.Str("id") is { } id && details.TryGetValue(id, out var d) ? d : null, query.Key!.Trim()));
    }

    /// <summary>A posting's detail carries everything its list entry does, so it is read as both.</summary>
    public async Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct)
    {
        var detail = (await GetAsync($"/v1/companies/{Uri.EscapeDataString(key)}/postings/{Uri.EscapeDataString(id)}", ct)).Json();
        return detail.ValueKind == JsonValueKind.Object ? Map(detail, detail, key) : null;
    }

    /// <summary>A posting's detail; nothing when it cannot be read, and the list's data stands alone.</summary>
    private async Task<JsonElement?> DetailAsync(string company, string id, CancellationToken ct)
    {
        try
        {
            return (await GetAsync($"/v1/companies/{company}/postings/{Uri.EscapeDataString(id)}", ct)).Json() is { ValueKind: JsonValueKind.Object } d ? d : null;
        }
        catch (BoardFetchException)
        {
            return null;
        }
    }

    /// <summary>The Posting API is public; an operator's token, if configured, is sent along.</summary>
    private Task<BoardResponse> GetAsync(string pathAndQuery, CancellationToken ct) =>
        http.GetAsync(Type, http.Endpoints.Address(Type, pathAndQuery), ct,
            http.Endpoints.Settings(Type).ApiKey is { Length: > 0 } key ? h => h.Add("X-SmartToken", key) : null);

    private NormalisedPosting? Map(JsonElement item, JsonElement? detail, string key)
    {
        if (item.Str("id") is not { } id || item.Str("name") is not { } title) return null;
        var sections = detail?.Obj("jobAd")?.Obj("sections");
        var (html, text) = HtmlContent.Clean(sections is { } s
            ? string.Concat(s.EnumerateObject().Where(p => p.Value.Str("text") is { Length: > 0 })
                .Select(p => $"<h3>{WebUtility.HtmlEncode(p.Value.Str("title"))}</h3>{p.Value.Str("text")}"))
            : null);
        var location = item.Obj("location") ?? default;
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = id,
            Title = title,
            Company = item.Obj("company")?.Str("name") ?? key,
            Locations = BoardValues.PlaceFrom(location.Str("fullLocation"), location.Str("city"), location.Str("region"),
                location.Str("country")?.ToUpperInvariant(), location.Str("country")?.ToUpperInvariant()) is { } place ? [place] : [],
            Remote = location.Bool("hybrid") == true ? RemoteMode.Hybrid
                : location.Bool("remote") == true ? RemoteMode.Remote
                : location.Bool("remote") == false ? RemoteMode.Onsite
                : RemoteMode.Unknown,
            EmploymentType = BoardValues.EmploymentTypeFrom(item.Obj("typeOfEmployment")?.Str("label")),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = detail?.Str("postingUrl"),
            ApplyUrl = detail?.Str("applyUrl"),
            PostedAt = BoardValues.DateFrom(item.Str("releasedDate")),
            Tags = BoardValues.TagsFrom([item.Obj("department")?.Str("label"), item.Obj("function")?.Str("label")]),
        };
    }
}
