using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// Gives one subscriber the postings a reading of their source found that fit them (<see cref="FanOutRules"/>), as
/// jobs in their list (source: scraped), never twice: not a posting given before (even if the job was deleted since),
/// not one whose link or company and title (ignoring case) is already among their jobs.
/// </summary>
public sealed class FanOut(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>Gives the source's user what fits them; through a context of its own, so a night's jobs never sit tracked together.</summary>
    public async Task<int> DeliverAsync(Source source, IReadOnlyList<int> postingIds, CancellationToken ct)
    {
        if (postingIds.Count == 0) return 0;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var userId = source.UserId;
        var match = await MatchProfile.LoadAsync(db, userId, ct);

        var delivered = (await db.PostingDeliveries.Where(d => d.UserId == userId).Select(d => d.PostingId).ToListAsync(ct)).ToHashSet();
        var fresh = postingIds.Where(id => !delivered.Contains(id)).ToList();
        if (fresh.Count == 0) return 0;
        var candidates = new List<PostingCandidate>(fresh.Count);
        foreach (var chunk in fresh.Chunk(900))
            candidates.AddRange(await db.Postings.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new PostingCandidate(p.Id, p.Title, p.Company, p.Location, p.Remote, p.Skills, p.Url, p.PostedAt)).ToListAsync(ct));
        var chosen = FanOutRules.Choose(candidates, match, source.Query);
        if (chosen.Count == 0) return 0;

        var existing = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId)
            .Select(j => new { j.Company, j.Title, j.Url }).ToListAsync(ct);
        var names = existing.Select(j => NameKey(j.Company, j.Title)).ToHashSet(StringComparer.Ordinal);
        var links = existing.Select(j => PostingKeys.Url(j.Url)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var chosenIds = chosen.Select(c => c.Id).ToList();
        var postings = await db.Postings.AsNoTracking().Include(p => p.Links).Where(p => chosenIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var detail = Detail(source);
        var added = 0;
        foreach (var candidate in chosen)
        {
            var posting = postings[candidate.Id];
            db.PostingDeliveries.Add(new PostingDelivery { UserId = userId, PostingId = posting.Id, SourceId = source.Id, DeliveredAt = now });
            if (!names.Add(NameKey(posting.Company, posting.Title)) || posting.Links.Any(l => l.UrlKey is not null && links.Contains(l.UrlKey))) continue;
            db.Jobs.Add(JobFrom(posting, source, detail, now));
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    private static string NameKey(string company, string title) => $"{company.Trim().ToLowerInvariant()}\n{title.Trim().ToLowerInvariant()}";

    /// <summary>Where the job came from, as the job's page says it: the board and the subscription's key or search.</summary>
    public static string Detail(Source source)
    {
        var board = BoardCatalogue.Of(source.Type).DisplayName;
        var what = SourceRules.Terms(source.Key, source.Query, source.Location);
        var detail = what.Length == 0 ? board : $"{board}: {what}";
        return Text.Cap(detail, Limits.MaxNameLength);
    }

    private static Job JobFrom(Posting posting, Source source, string detail, DateTime now) => new()
    {
        UserId = source.UserId,
        Company = posting.Company,
        Title = posting.Title,
        Location = posting.Location,
        Remote = posting.Remote,
        EmploymentType = posting.EmploymentType,
        TechStack = posting.Skills,
        Description = Text.Cap(posting.DescriptionText, Limits.MaxTextLength),
        Url = posting.Url,
        ApplyUrl = posting.ApplyUrl,
        SalaryMin = posting.SalaryMin,
        SalaryMax = posting.SalaryMax,
        SalaryCurrency = posting.SalaryCurrency,
        SalaryPeriod = posting.SalaryPeriod,
        PostedAt = posting.PostedAt,
        Deadline = posting.ValidThrough,
        Status = JobStatus.NotApplied,
        Source = JobSource.Scraped,
        SourceDetail = detail,
        PostingId = posting.Id,
        SourceId = source.Id,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
