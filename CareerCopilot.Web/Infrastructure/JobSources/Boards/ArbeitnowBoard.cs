using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Arbeitnow's job-board API: pages followed by their <c>links.next</c> (moved onto the board's own host or the
/// override, never fetched from whatever host the payload names) up to the page limit; times in Unix seconds, some
/// clients see them as strings; the slug is the job's id.
/// </summary>
public sealed class ArbeitnowBoard(BoardHttp http, IOptions<IngestionOptions> options) : IJobBoard
{
    public BoardType Type => BoardType.Arbeitnow;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var first = http.Endpoints.Address(Type, "/api/job-board-api?page=1");
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        Uri? page = first;
        var seen = new HashSet<Uri>();
        for (var read = 0; page is not null && read < options.Value.MaxPages && seen.Add(page); read++)
        {
            var answer = (await http.GetAsync(Type, page, ct)).Json();
            if (answer.ValueKind != JsonValueKind.Object || answer.Get("data") is not { ValueKind: JsonValueKind.Array } data)
                throw new BoardFetchException("Arbeitnow's answer has no list of jobs.");
            if (data.GetArrayLength() == 0) break;
            var fetch = Adapters.MapEach(data.EnumerateArray(), Map);
            postings.AddRange(fetch.Postings);
            skipped += fetch.Skipped;
            page = Next(answer.Obj("links")?.Str("next"), page, first);
        }
        return new BoardFetch(postings, skipped);
    }

    /// <summary>The next page on the host this board is read from, whatever host the link names.</summary>
    private Uri? Next(string? link, Uri current, Uri first)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(current, link, out var next)) return null;
        if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps) return null;
        var rebased = http.Endpoints.Rebase(Type, next);
        return rebased.GetLeftPart(UriPartial.Authority) == first.GetLeftPart(UriPartial.Authority)
            ? rebased
            : http.Endpoints.Address(Type, next.PathAndQuery);
    }

    private NormalisedPosting? Map(JsonElement job)
    {
        var (html, text) = HtmlContent.Clean(job.Str("description"));
        var place = job.Str("location");
        var types = job.Strings("job_types");
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = job.Str("slug") ?? "",
            Title = job.Str("title") ?? "",
            Company = job.Str("company_name") ?? "",
            Locations = string.IsNullOrWhiteSpace(place) ? [] : [new PostingLocation(place)],
            Remote = job.Bool("remote") == true ? RemoteMode.Remote
                : BoardValues.RemoteFrom(place) is not RemoteMode.Unknown and var mode ? mode
                : job.Bool("remote") == false ? RemoteMode.Onsite : RemoteMode.Unknown,
            EmploymentType = types.Select(BoardValues.EmploymentTypeFrom).FirstOrDefault(t => t is not null and not EmploymentType.Other),
            DescriptionHtml = html,
            DescriptionText = text,
            Url = job.Str("url"),
            ApplyUrl = job.Str("url"),
            PostedAt = BoardValues.FromUnixSeconds(job.Whole("created_at")),
            Tags = job.Strings("tags"),
        };
    }
}
