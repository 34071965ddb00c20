using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Recruitee's careers-site API on the company's own host: every published offer in one answer, remote, hybrid and
/// on-site as booleans, pay as strings, times written "2026-03-01 10:00:00 UTC".
/// </summary>
public sealed class RecruiteeBoard(BoardHttp http) : IJobBoard, IBoardRecord
{
    public BoardType Type => BoardType.Recruitee;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var company = query.Key!.Trim();
        var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type, "/api/offers/", company), ct)).Json();
        if (answer.ValueKind != JsonValueKind.Object || answer.Get("offers") is not { ValueKind: JsonValueKind.Array })
            throw new BoardFetchException("Recruitee's answer has no list of offers.");
        return Adapters.MapEach(answer.Arr("offers"), offer => Map(offer, company));
    }

    /// <summary>The company's offers, read whole, and the one with that slug picked from them.</summary>
    public async Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct)
    {
        var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type, "/api/offers/", key), ct)).Json();
        if (answer.ValueKind != JsonValueKind.Object) return null;
        var offer = answer.Arr("offers").FirstOrDefault(o => string.Equals(o.Str("slug"), id, StringComparison.OrdinalIgnoreCase));
        return offer.ValueKind == JsonValueKind.Object ? Map(offer, key) : null;
    }

    private NormalisedPosting? Map(JsonElement offer, string company)
    {
        if (offer.Str("id") is not { } id || offer.Str("title") is not { Length: > 0 } title) return null;
        var (html, text) = HtmlContent.Clean(offer.Str("description") + offer.Str("requirements"));
        var salary = offer.Obj("salary");
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = id,
            Title = title,
            Company = offer.Str("company_name") is { Length: > 0 } name ? name : company,
            Locations = BoardValues.PlaceFrom(offer.Str("location"), offer.Str("city"), offer.Str("state_name"), offer.Str("country"),
                offer.Str("country_code") ?? offer.Str("country")) is { } place ? [place] : [],
            Remote = offer.Bool("hybrid") == true ? RemoteMode.Hybrid
                : offer.Bool("remote") == true ? RemoteMode.Remote
                : offer.Bool("on_site") == true ? RemoteMode.Onsite
                : BoardValues.RemoteFrom(offer.Str("location")),
            EmploymentType = BoardValues.EmploymentTypeFrom(offer.Str("employment_type_code")),
            Salary = salary is { } s ? BoardValues.SalaryFrom(s.Num("min"), s.Num("max"), s.Str("currency"), s.Str("period")) : null,
            DescriptionHtml = html,
            DescriptionText = text,
            Url = offer.Str("careers_url"),
            ApplyUrl = offer.Str("careers_apply_url"),
            PostedAt = BoardValues.DateFrom(offer.Str("published_at")) ?? BoardValues.DateFrom(offer.Str("created_at")),
            UpdatedAt = BoardValues.DateFrom(offer.Str("updated_at")),
            Tags = BoardValues.TagsFrom(offer.Strings("tags").Prepend(offer.Str("department"))),
        };
    }
}
