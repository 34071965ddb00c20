using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Remote OK's API: one array whose first element is the legal notice, not a job (it has no id, and is neither read
/// nor counted as a skipped posting); every job remote, its location the applicants' region, times in epoch seconds,
/// pay in US dollars a year with 0 for none.
/// </summary>
public sealed class RemoteOkBoard(BoardHttp http) : IJobBoard
{
    public BoardType Type => BoardType.RemoteOk;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type, "/api"), ct)).Json();
        if (answer.ValueKind != JsonValueKind.Array) throw new BoardFetchException("Remote OK's answer is not a list of jobs.");
        return Adapters.MapEach(answer.EnumerateArray().Where(item => item.Str("id") is not null), Map);
    }

    private NormalisedPosting? Map(JsonElement job)
    {
        var (html, text) = HtmlContent.Clean(job.Str("description"));
        var region = job.Str("location");
        decimal? Pay(string name) => job.Num(name) is > 0 and var amount ? amount : null;
        var (min, max) = (Pay("salary_min"), Pay("salary_max"));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("id")!,
            Title = job.Str("position") ?? "",
            Company = job.Str("company") ?? "",
            Locations = string.IsNullOrWhiteSpace(region) ? [] : [new PostingLocation(region)],
            Remote = RemoteMode.Remote,
            Salary = min is null && max is null ? null : new PostingSalary(min, max, "USD", SalaryPeriod.Year),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("url"),
            ApplyUrl = job.Str("apply_url") ?? job.Str("url"),
            PostedAt = BoardValues.FromUnixSeconds(job.Whole("epoch")) ?? BoardValues.DateFrom(job.Str("date")),
            Tags = job.Strings("tags"),
        };
    }
}
