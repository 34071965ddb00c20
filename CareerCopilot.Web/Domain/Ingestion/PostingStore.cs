using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>What storing one reading of a board did.</summary>
public sealed record StoredPostings(IReadOnlyList<int> PostingIds, int New, int Duplicates);

/// <summary>
/// Writes boards' postings into the shared store, recognising each job across boards (<see cref="PostingIndex"/>) so a
/// job on three boards is one posting with three links. Not thread-safe: a run stores one reading at a time. Each
/// reading is written through a context of its own, let go batch by batch, so thousands of postings never sit tracked.
/// </summary>
public sealed class PostingStore(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>Postings not seen for this long are not matched against: a job that old and back again is a new opening.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(120);

    private const int BatchSize = 500;

    private PostingIndex? index;

    public async Task<StoredPostings> StoreAsync(IReadOnlyList<NormalisedPosting> postings, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var index = await IndexAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new List<int>(postings.Count);
        var (fresh, duplicates) = (0, 0);
        foreach (var batch in postings.Chunk(BatchSize))
        {
            var loaded = await LoadMatchedAsync(db, index, batch, ct);
            var written = new List<IndexedPosting>();
            // Copies of a posting new in this batch: linked once the save has given it an id.
            var copies = new List<(Posting Copy, IndexedPosting Original)>();
            foreach (var from in batch)
            {
                var match = index.Match(from, PostingMerge.KeysOf(from));
                IndexedPosting target;
                if (match is { Kind: PostingMatchKind.Known or PostingMatchKind.Duplicate, Posting: { } found })
                {
                    target = found;
                    var posting = found.Entity ?? loaded.GetValueOrDefault(found.Id)
                        ?? await db.Postings.Include(p => p.Links).SingleAsync(p => p.Id == found.Id, ct);
                    found.Entity = posting;
                    PostingMerge.Apply(posting, from, now);
                    Link(posting, from, now);
                    if (match.Kind == PostingMatchKind.Duplicate) duplicates++;
                }
                else
                {
                    var posting = PostingMerge.Create(from, now);
                    if (match is { Kind: PostingMatchKind.PossibleDuplicate, Posting: { } original })
                    {
                        if (original.Id != 0) posting.PossibleDuplicateOfId = original.Id;
                        else copies.Add((posting, original));
                    }
                    Link(posting, from, now);
                    db.Postings.Add(posting);
                    target = IndexedPosting.Of(posting);
                    index.AddPosting(target);
                    fresh++;
                }
                index.AddLink(from.Board, from.ExternalId, PostingKeys.Url(from.Url ?? from.ApplyUrl), target);
                if (PostingKeys.JobUrl(from.ApplyUrl) is { } apply) index.AddUrl(apply, target);
                written.Add(target);
            }
            await db.SaveChangesAsync(ct);
            if (copies.Count > 0)
            {
                foreach (var (copy, original) in copies) copy.PossibleDuplicateOfId = original.Id;
                await db.SaveChangesAsync(ct);
            }
            foreach (var target in written)
            {
                target.Saved();
                ids.Add(target.Id);
            }
            db.ChangeTracker.Clear();
        }
        return new StoredPostings(ids.Distinct().ToList(), fresh, duplicates);
    }

    private static void Link(Posting posting, NormalisedPosting from, DateTime now)
    {
        var link = posting.Links.Find(l => l.Board == from.Board && l.ExternalId == from.ExternalId);
        if (link is null) posting.Links.Add(link = new PostingLink { Board = from.Board, ExternalId = from.ExternalId, FirstSeenAt = now });
        link.Url = from.Url ?? from.ApplyUrl;
        link.UrlKey = PostingKeys.Url(link.Url);
        link.LastSeenAt = now;
    }

    /// <summary>The stored postings a batch's records match, loaded in one query rather than one each.</summary>
    private static async Task<Dictionary<int, Posting>> LoadMatchedAsync(AppDbContext db, PostingIndex index, NormalisedPosting[] batch, CancellationToken ct)
    {
        var ids = batch.Select(p => index.Match(p, PostingMerge.KeysOf(p)))
            .Where(m => m.Kind is PostingMatchKind.Known or PostingMatchKind.Duplicate && m.Posting is { Entity: null })
            .Select(m => m.Posting!.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Postings.Include(p => p.Links).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }

    private async Task<PostingIndex> IndexAsync(AppDbContext db, CancellationToken ct)
    {
        if (index is not null) return index;
        var since = clock.GetUtcNow().UtcDateTime - Memory;
        var built = new PostingIndex();
        var byId = new Dictionary<int, IndexedPosting>();
        await foreach (var p in db.Postings.AsNoTracking().Where(p => p.LastSeenAt >= since)
                           .Select(p => new { p.Id, p.CompanyKey, p.TitleKey, p.LocationKey, p.Fingerprint, p.ApplyUrl }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var indexed = new IndexedPosting(p.Id, p.CompanyKey, p.TitleKey, p.LocationKey, p.Fingerprint);
            byId[p.Id] = indexed;
            built.AddPosting(indexed);
            if (PostingKeys.JobUrl(p.ApplyUrl) is { } apply) built.AddUrl(apply, indexed);
        }
        // Every link, however old: a board's id is that board's job for good, and is matched as such rather than stored twice.
        await foreach (var l in db.PostingLinks.AsNoTracking()
                           .Select(l => new { l.Board, l.ExternalId, l.UrlKey, l.PostingId }).AsAsyncEnumerable().WithCancellation(ct))
            built.AddLink(l.Board, l.ExternalId, l.UrlKey,
                byId.TryGetValue(l.PostingId, out var posting) ? posting : byId[l.PostingId] = new IndexedPosting(l.PostingId, "", "", "", 0));
        return index = built;
    }
}
