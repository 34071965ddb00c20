using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Greenhouse's Job Board API: the whole board in one answer (<c>?content=true</c> for descriptions, offices and
/// departments), its description entity-encoded, pay ranges in cents when the board shares them.
/// </summary>
public sealed class GreenhouseBoard(BoardHttp http) : IJobBoard, IBoardRecord
{
    public BoardType Type => BoardType.Greenhouse;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var token = Uri.EscapeDataString(query.Key!);
        var jobs = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/v1/boards/{token}/jobs?content=true&pay_transparency=true"), ct)).Json();
        if (jobs.ValueKind != JsonValueKind.Object || jobs.Get("jobs") is not { ValueKind: JsonValueKind.Array })
            throw new BoardFetchException("Greenhouse's answer has no list of jobs.");
        var company = jobs.Arr("jobs").Select(j => j.Str("company_name")).FirstOrDefault(n => n is not null)
            ?? await BoardNameAsync(token, ct) ?? query.Key!;
        return Adapters.MapEach(jobs.Arr("jobs"), job => Map(job, company));
    }

    public async Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct)
    {
        var token = Uri.EscapeDataString(key);
        var job = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/v1/boards/{token}/jobs/{Uri.EscapeDataString(id)}?pay_transparency=true"), ct)).Json();
        if (job.ValueKind != JsonValueKind.Object || job.Str("title") is null) return null;
        var company = job.Str("company_name") ?? await BoardNameAsync(token, ct) ?? BoardValues.CompanyFromKey(key);
        return Map(job, company);
    }

    /// <summary>The board's own name, when the jobs don't carry the company's.</summary>
    private async Task<string?> BoardNameAsync(string token, CancellationToken ct)
    {
        try
        {
            return (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/v1/boards/{token}"), ct)).Json().Str("name");
        }
        catch (BoardFetchException)
        {
            return null;
        }
    }

    private NormalisedPosting? Map(JsonElement job, string company)
    {
        var (html, text) = HtmlContent.Clean(job.Str("content"));
        var locations = new List<PostingLocation>();
        if (job.Obj("location")?.Str("name") is { } name) locations.Add(new PostingLocation(name));
        locations.AddRange(job.Arr("offices").Select(o => o.Str("location") ?? o.Str("name")).OfType<string>().Select(l => new PostingLocation(l)));
        var pay = job.Arr("pay_input_ranges").FirstOrDefault();
        var metadata = string.Join(' ', job.Arr("metadata").Select(m => m.Str("value")));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id") ?? "",
            Title = job.Str("title") ?? "",
            Company = job.Str("company_name") ?? company,
            Locations = locations,
            Remote = BoardValues.RemoteFrom(string.Join(' ', locations.Select(l => l.Raw)) + " " + metadata),
            EmploymentType = BoardValues.EmploymentTypeFrom(metadata) is { } type and not Domain.Jobs.EmploymentType.Other ? type : null,
            Salary = pay.ValueKind == JsonValueKind.Object
                ? new PostingSalary(pay.Num("min_cents") / 100, pay.Num("max_cents") / 100, pay.Str("currency_type"), null)
                : null,
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("absolute_url"),
            ApplyUrl = job.Str("absolute_url"),
            PostedAt = BoardValues.DateFrom(job.Str("first_published")) ?? BoardValues.DateFrom(job.Str("updated_at")),
            UpdatedAt = BoardValues.DateFrom(job.Str("updated_at")),
            Tags = job.Strings("departments", "name"),
        };
    }
}
