using System.Net;
using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Lever's Postings API, on either of its hosts: a plain array of postings read <see cref="PageSize"/> at a time until a
/// short page (there is no total), times in epoch milliseconds, and no company in the payload (the site key, read as a name, stands in).
/// </summary>
public abstract class LeverPostings(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard, IBoardRecord
{
    public const int PageSize = 100;

    public abstract BoardType Type { get; }

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var site = query.Key!.Trim();
        var postings = new List<NormalisedPosting>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        for (var page = 0; page < options.Value.MaxPages; page++)
        {
            var address = http.Endpoints.Address(Type, $"/v0/postings/{Uri.EscapeDataString(site)}?mode=json&skip={page * PageSize}&limit={PageSize}");
            var items = (await http.GetAsync(Type, address, ct)).Json();
            if (items.ValueKind != JsonValueKind.Array) throw new BoardFetchException("Lever's answer is not a list of postings.");
            var fetch = Adapters.MapEach(items.EnumerateArray(), item => Map(item, site));
            var fresh = fetch.Postings.Where(p => seen.Add(p.ExternalId)).ToList();
            postings.AddRange(fresh);
            skipped += fetch.Skipped;
            // A short page is the last; a page with nothing new means the board ignores skip, and more would be the same.
            if (items.GetArrayLength() < PageSize || fresh.Count == 0) break;
        }
        return new BoardFetch(postings, skipped);
    }

    public async Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct)
    {
        var address = http.Endpoints.Address(Type, $"/v0/postings/{Uri.EscapeDataString(key)}/{Uri.EscapeDataString(id)}?mode=json");
        var posting = (await http.GetAsync(Type, address, ct)).Json();
        return posting.ValueKind == JsonValueKind.Object ? Map(posting, key) : null;
    }

    private NormalisedPosting? Map(JsonElement posting, string site)
    {
        if (posting.Str("id") is not { } id || posting.Str("text") is not { } title) return null;
        var categories = posting.Obj("categories") ?? default;
        var html = string.Concat(
            [posting.Str("description"), .. posting.Arr("lists").Select(l => $"<h3>{WebUtility.HtmlEncode(l.Str("text"))}</h3><ul>{l.Str("content")}</ul>"), posting.Str("additional")]);
        var (safeHtml, htmlText) = HtmlContent.Clean(html);
        var plain = string.Join('\n', new[]
            {
                posting.Str("descriptionPlain") ?? HtmlContent.Text(posting.Str("description")),
                string.Join('\n', posting.Arr("lists").Select(l => $"{l.Str("text")}\n{HtmlContent.Text($"<ul>{l.Str("content")}</ul>")}")),
                posting.Str("additionalPlain") ?? HtmlContent.Text(posting.Str("additional")),
            }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        var salary = posting.Obj("salaryRange");
        var locations = Locations(categories, posting.Str("country"));
        var remote = BoardValues.RemoteFrom(posting.Str("workplaceType"));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = id,
            Title = title,
            Company = BoardValues.CompanyFromKey(site),
            Locations = locations,
            Remote = remote != Domain.Jobs.RemoteMode.Unknown ? remote : BoardValues.RemoteFrom(string.Join(' ', locations.Select(l => l.Raw))),
            EmploymentType = BoardValues.EmploymentTypeFrom(categories.Str("commitment")),
            Salary = salary is { } s ? BoardValues.SalaryFrom(s.Num("min"), s.Num("max"), s.Str("currency"), s.Str("interval")) : null,
            DescriptionHtml = safeHtml,
            DescriptionText = plain.Length > 0 ? plain : htmlText,
            Url = posting.Str("hostedUrl"),
            ApplyUrl = posting.Str("applyUrl"),
            PostedAt = BoardValues.FromUnixMilliseconds(posting.Whole("createdAt")),
            Tags = BoardValues.TagsFrom([categories.Str("team"), categories.Str("department")]),
        };
    }

    /// <summary>Every location when the board lists them, else its one; the country code belongs to the primary one.</summary>
    private static List<PostingLocation> Locations(JsonElement categories, string? country)
    {
        var primary = categories.Str("location");
        var all = categories.Strings("allLocations");
        if (all.Count == 0 && primary is not null) all.Add(primary);
        return all.Select(l => new PostingLocation(l, Country: all.Count == 1 || l == primary ? country : null)).ToList();
    }
}
