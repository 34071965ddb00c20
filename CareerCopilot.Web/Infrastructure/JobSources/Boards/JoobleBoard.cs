using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Jooble's search API: a POST to <c>/api/{key}</c> with the operator's key (<c>Sources:Jooble:ApiKey</c>) and a JSON
/// body of the search text, the place and the page; a few pages until its <c>totalCount</c>. It sends HTML snippets,
/// not whole descriptions, pay as text, and the time a job was last updated.
/// </summary>
public sealed class JoobleBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard
{
    /// <summary>Pages read per search at most, whatever the general page limit.</summary>
    public const int MaxPages = 5;

    public BoardType Type => BoardType.Jooble;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        if (http.Endpoints.Settings(Type).ApiKey is not { Length: > 0 } key || string.IsNullOrWhiteSpace(key))
            throw new BoardFetchException("Jooble needs a key: the operator must set Sources:Jooble:ApiKey.");
        var address = http.Endpoints.Address(Type, $"/api/{Uri.EscapeDataString(key.Trim())}");
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        var read = 0;
        for (var page = 1; page <= Math.Min(MaxPages, options.Value.MaxPages); page++)
        {
            var body = new { keywords = query.Query?.Trim() ?? "", location = query.Location?.Trim() ?? "", page };
            var answer = (await http.PostJsonAsync(Type, address, body, ct)).Json();
            if (answer.ValueKind != JsonValueKind.Object || answer.Get("jobs") is not { ValueKind: JsonValueKind.Array } jobs)
                throw new BoardFetchException("Jooble's answer has no list of jobs.");
            var count = jobs.GetArrayLength();
            if (count == 0) break;
            var fetch = Adapters.MapEach(jobs.EnumerateArray(), Map);
            postings.AddRange(fetch.Postings);
            skipped += fetch.Skipped;
            read += count;
            if (read >= (answer.Whole("totalCount") ?? 0)) break;
        }
        return new BoardFetch(postings, skipped);
    }

    private NormalisedPosting? Map(JsonElement job)
    {
        var (html, text) = HtmlContent.Clean(job.Str("snippet"));
        var title = HtmlContent.Text(job.Str("title")) ?? "";
        var place = job.Str("location");
        var updated = BoardValues.DateFrom(job.Str("updated"));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id") ?? "",
            Title = title,
            Company = job.Str("company") ?? "",
            Locations = string.IsNullOrWhiteSpace(place) ? [] : [new PostingLocation(place)],
            Remote = BoardValues.RemoteFrom($"{place} {job.Str("type")}"),
            EmploymentType = BoardValues.EmploymentTypeFrom(job.Str("type")) is { } type and not EmploymentType.Other ? type : null,
            Salary = BoardValues.SalaryFromText(job.Str("salary")),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("link"),
            ApplyUrl = job.Str("link"),
            PostedAt = updated,
            UpdatedAt = updated,
        };
    }
}
