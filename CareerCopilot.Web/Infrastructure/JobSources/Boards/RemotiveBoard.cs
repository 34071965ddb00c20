using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Remotive's remote-jobs API: one answer, no pages, every job remote, the applicant's region as its location, pay as
/// free text. Its terms (about four polls a day, two requests a minute, credit and a link back) are kept by the
/// catalogue's <see cref="Board.MinRefresh"/>, <see cref="Board.MinRequestInterval"/> and attribution.
/// </summary>
public sealed class RemotiveBoard(BoardHttp http) : IJobBoard
{
    /// <summary>Remotive has no pages; this many of the newest jobs are asked for.</summary>
    public const int Limit = 300;

    public BoardType Type => BoardType.Remotive;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var search = string.IsNullOrWhiteSpace(query.Query) ? "" : $"search={Uri.EscapeDataString(query.Query.Trim())}&";
        var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/api/remote-jobs?{search}limit={Limit}"), ct)).Json();
        // Besides "jobs" the answer carries "0-legal-notice" and counts: they are not postings and are not read.
        if (answer.ValueKind != JsonValueKind.Object || answer.Get("jobs") is not { ValueKind: JsonValueKind.Array })
            throw new BoardFetchException("Remotive's answer has no list of jobs.");
        return Adapters.MapEach(answer.Arr("jobs"), Map);
    }

    private NormalisedPosting? Map(JsonElement job)
    {
        var (html, text) = HtmlContent.Clean(job.Str("description"));
        var region = job.Str("candidate_required_location");
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id") ?? "",
            Title = job.Str("title") ?? "",
            Company = job.Str("company_name") ?? "",
            Locations = string.IsNullOrWhiteSpace(region) ? [] : [new PostingLocation(region)],
            Remote = RemoteMode.Remote,
            EmploymentType = BoardValues.EmploymentTypeFrom(job.Str("job_type")),
            Salary = BoardValues.SalaryFromText(job.Str("salary")),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("url"),
            ApplyUrl = job.Str("url"),
            // Remotive's times carry no zone; they are read as UTC.
            PostedAt = BoardValues.DateFrom(job.Str("publication_date")),
            Tags = [.. job.Str("category") is { } category ? [category] : Array.Empty<string>(), .. job.Strings("tags")],
        };
    }
}
