using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// The Muse's public jobs API: pages from 0 up to its <c>page_count</c> (and the page limit), a place as its
/// <c>location</c> filter (its categories are a fixed list, so the search text is not sent), an optional operator key
/// (<c>Sources:TheMuse:ApiKey</c>: 3,600 requests an hour instead of 500). It says what is left of its hourly limit in
/// <c>X-RateLimit-Remaining</c>: at 0 the paging stops and what was read is kept; a 403 with those headers is the
/// limit itself, which the shared client reports as such.
/// </summary>
public sealed class TheMuseBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard
{
    public const string RemoteLocation = "Flexible / Remote";

    public BoardType Type => BoardType.TheMuse;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var filters = "";
        if (!string.IsNullOrWhiteSpace(query.Location)) filters += $"&location={Uri.EscapeDataString(query.Location.Trim())}";
        if (http.Endpoints.Settings(Type).ApiKey is { Length: > 0 } key) filters += $"&api_key={Uri.EscapeDataString(key)}";
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        for (var page = 0; page < options.Value.MaxPages; page++)
        {
            var response = await http.GetAsync(Type, http.Endpoints.Address(Type, $"/api/public/jobs?page={page}{filters}"), ct);
            var answer = response.Json();
            if (answer.ValueKind != JsonValueKind.Object || answer.Get("results") is not { ValueKind: JsonValueKind.Array } results)
                throw new BoardFetchException("The Muse's answer has no list of jobs.");
            if (results.GetArrayLength() == 0) break;
            var fetch = Adapters.MapEach(results.EnumerateArray(), Map);
            postings.AddRange(fetch.Postings);
            skipped += fetch.Skipped;
            if (answer.Whole("page_count") is not { } pageCount || page + 1 >= pageCount || Remaining(response.Headers) <= 0) break;
        }
        return new BoardFetch(postings, skipped);
    }

    /// <summary>What is left of the hour's requests, when the board says.</summary>
    private static int? Remaining(HttpResponseHeaders headers) =>
        headers.TryGetValues("X-RateLimit-Remaining", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null;

    private NormalisedPosting? Map(JsonElement job)
    {
        var (html, text) = HtmlContent.Clean(job.Str("contents"));
        var places = job.Strings("locations", "name");
        var remote = places.Any(p => string.Equals(p.Trim(), RemoteLocation, StringComparison.OrdinalIgnoreCase));
        var levels = job.Strings("levels", "name");
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id") ?? "",
            Title = job.Str("name") ?? "",
            Company = job.Obj("company")?.Str("name") ?? "",
            Locations = places.Where(p => !string.Equals(p.Trim(), RemoteLocation, StringComparison.OrdinalIgnoreCase))
                .Select(p => new PostingLocation(p)).ToList(),
            Remote = remote ? RemoteMode.Remote : RemoteMode.Unknown,
            EmploymentType = levels.Any(l => l.Contains("intern", StringComparison.OrdinalIgnoreCase)) ? EmploymentType.Internship : null,
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Obj("refs")?.Str("landing_page"),
            ApplyUrl = job.Obj("refs")?.Str("landing_page"),
            PostedAt = BoardValues.DateFrom(job.Str("publication_date")),
            Tags = [.. job.Strings("categories", "name"), .. levels],
        };
    }
}
