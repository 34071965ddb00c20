using System.Collections.Frozen;
using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Adzuna's search API, with the operator's <c>app_id</c> and <c>app_key</c> (<c>Sources:Adzuna:AppId</c>, <c>ApiKey</c>)
/// on one country's site (<c>Sources:Adzuna:Country</c>, gb unless set): the search text as <c>what</c>, the place as
/// <c>where</c>, a few pages of 50 (the key allows 250 requests a day); descriptions are snippets, pay is annual in the
/// country's currency and may be Adzuna's own estimate; titles carry the search's highlighting, which is taken off.
/// </summary>
public sealed class AdzunaBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard
{
    public const int PageSize = 50;

    /// <summary>Pages read per search at most, whatever the general page limit: the daily allowance is small.</summary>
    public const int MaxPages = 3;

    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>
    {
        ["gb"] = "GBP", ["us"] = "USD", ["ca"] = "CAD", ["au"] = "AUD", ["nz"] = "NZD", ["in"] = "INR", ["sg"] = "SGD",
        ["za"] = "ZAR", ["br"] = "BRL", ["mx"] = "MXN", ["pl"] = "PLN", ["ch"] = "CHF", ["de"] = "EUR", ["fr"] = "EUR",
        ["nl"] = "EUR", ["at"] = "EUR", ["it"] = "EUR", ["es"] = "EUR", ["be"] = "EUR",
    }.ToFrozenDictionary();

    public BoardType Type => BoardType.Adzuna;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var settings = http.Endpoints.Settings(Type);
        if (string.IsNullOrWhiteSpace(settings.AppId) || string.IsNullOrWhiteSpace(settings.ApiKey))
            throw new BoardFetchException("Adzuna needs credentials: the operator must set Sources:Adzuna:AppId and Sources:Adzuna:ApiKey.");
        var country = (settings.Country ?? "").Trim().ToLowerInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterLower))
            throw new BoardFetchException("Sources:Adzuna:Country must be a two-letter country code such as gb, us or de.");
        var filters = "";
        if (!string.IsNullOrWhiteSpace(query.Query)) filters += $"&what={Uri.EscapeDataString(query.Query.Trim())}";
        if (!string.IsNullOrWhiteSpace(query.Location)) filters += $"&where={Uri.EscapeDataString(query.Location.Trim())}";
        var credentials = $"app_id={Uri.EscapeDataString(settings.AppId)}&app_key={Uri.EscapeDataString(settings.ApiKey)}";
        var currency = Currencies.GetValueOrDefault(country);
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        for (var page = 1; page <= Math.Min(MaxPages, options.Value.MaxPages); page++)
        {
            var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type,
                $"/v1/api/jobs/{country}/search/{page}?{credentials}&results_per_page={PageSize}{filters}&content-type=application/json"), ct)).Json();
            if (answer.ValueKind != JsonValueKind.Object || answer.Get("results") is not { ValueKind: JsonValueKind.Array } results)
                throw new BoardFetchException("Adzuna's answer has no list of jobs.");
            var fetch = Adapters.MapEach(results.EnumerateArray(), job => Map(job, currency));
            postings.AddRange(fetch.Postings);
            skipped += fetch.Skipped;
            if (results.GetArrayLength() < PageSize || page * PageSize >= (answer.Whole("count") ?? long.MaxValue)) break;
        }
        return new BoardFetch(postings, skipped);
    }

    private NormalisedPosting? Map(JsonElement job, string? currency)
    {
        var (html, text) = HtmlContent.Clean(job.Str("description"));
        var title = HtmlContent.Text(job.Str("title")) ?? "";
        var place = job.Obj("location");
        var area = place?.Strings("area") ?? [];
        var name = place?.Str("display_name");
        decimal? Pay(string field) => job.Num(field) is > 0 and var amount ? amount : null;
        var (min, max) = (Pay("salary_min"), Pay("salary_max"));
        var contract = job.Str("contract_type");
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id") ?? "",
            Title = title,
            Company = job.Obj("company")?.Str("display_name") ?? "",
            Locations = string.IsNullOrWhiteSpace(name) ? [] :
            [
                new PostingLocation(name, City: area.Count >= 3 ? area[^1] : null, Region: area.Count >= 2 ? area[1] : null,
                    Country: area.Count >= 1 ? area[0] : null),
            ],
            Remote = BoardValues.RemoteFrom($"{title} {name}") is (RemoteMode.Remote or RemoteMode.Hybrid) and var remote ? remote : RemoteMode.Unknown,
            EmploymentType = contract == "contract" ? EmploymentType.Contract
                : BoardValues.EmploymentTypeFrom(job.Str("contract_time")) ?? BoardValues.EmploymentTypeFrom(contract),
            Salary = min is null && max is null ? null
                : new PostingSalary(min, max, currency, SalaryPeriod.Year, IsEstimated: job.Str("salary_is_predicted") == "1"),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("redirect_url"),
            ApplyUrl = job.Str("redirect_url"),
            PostedAt = BoardValues.DateFrom(job.Str("created")),
            Tags = job.Obj("category")?.Str("label") is { } label ? [label] : [],
        };
    }
}
