using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Himalayas' jobs API: remote jobs only, read by offset in pages of 20 up to its <c>totalCount</c> (some answers say
/// <c>total</c>) and the page limit; times in Unix milliseconds, the expiry as the posting's last day; annual pay with
/// its currency; the countries it hires in as plain names or as objects.
/// </summary>
public sealed class HimalayasBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard
{
    public const int PageSize = 20;

    public BoardType Type => BoardType.Himalayas;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        var offset = 0;
        for (var page = 0; page < options.Value.MaxPages; page++)
        {
            var answer = (await http.GetAsync(Type, http.Endpoints.Address(Type, $"/jobs/api?limit={PageSize}&offset={offset}"), ct)).Json();
            if (answer.ValueKind != JsonValueKind.Object || answer.Get("jobs") is not { ValueKind: JsonValueKind.Array } jobs)
                throw new BoardFetchException("Himalayas' answer has no list of jobs.");
            var count = jobs.GetArrayLength();
            if (count == 0) break;
            var fetch = Adapters.MapEach(jobs.EnumerateArray(), Map);
            postings.AddRange(fetch.Postings);
            skipped += fetch.Skipped;
            offset += count;
            var total = answer.Whole("totalCount") ?? answer.Whole("total");
            if (total is null ? count < PageSize : offset >= total) break;
        }
        return new BoardFetch(postings, skipped);
    }

    private NormalisedPosting? Map(JsonElement job)
    {
        var (html, text) = HtmlContent.Clean(job.Str("description") ?? job.Str("excerpt"));
        decimal? Pay(string name) => job.Num(name) is > 0 and var amount ? amount : null;
        var (min, max) = (Pay("minSalary"), Pay("maxSalary"));
        var link = job.Str("applicationLink");
        var expiry = BoardValues.FromUnixMilliseconds(job.Whole("expiryDate"));
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("guid") ?? link ?? "",
            Title = job.Str("title") ?? "",
            Company = job.Str("companyName") ?? "",
            Locations = job.Arr("locationRestrictions").Select(Place).OfType<PostingLocation>().ToList(),
            Remote = RemoteMode.Remote,
            EmploymentType = BoardValues.EmploymentTypeFrom(job.Str("employmentType")),
            Salary = min is null && max is null ? null : new PostingSalary(min, max, job.Str("currency"), SalaryPeriod.Year),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("guid") ?? link,
            ApplyUrl = link ?? job.Str("guid"),
            PostedAt = BoardValues.FromUnixMilliseconds(job.Whole("pubDate")),
            ValidThrough = expiry is { } day ? DateOnly.FromDateTime(day) : null,
            Tags = job.Strings("categories"),
        };
    }

    /// <summary>A country the job hires in: a name (older answers) or an object with a name and a code.</summary>
    private static PostingLocation? Place(JsonElement place)
    {
        if (place.ValueKind == JsonValueKind.String)
            return place.GetString() is { Length: > 0 } name ? new PostingLocation(name, Country: name) : null;
        var label = place.Str("name") ?? place.Str("country") ?? place.Str("alpha2");
        return string.IsNullOrWhiteSpace(label) ? null : new PostingLocation(label, Country: place.Str("alpha2") ?? label);
    }
}
