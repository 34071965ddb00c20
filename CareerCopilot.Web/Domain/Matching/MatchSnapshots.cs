using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>
/// Per-user scores and the figures derived from them, kept in this instance's memory with the user's revision: any
/// change to the profile, a job, an application or feedback moves the revision (<see cref="UserRevisions"/>), so the
/// next read finds the kept copy older than the data, builds afresh and replaces it. A stale score is never served,
/// and a user holds one copy of each, not one per change.
/// The copies are objects, never serialised, and no cache is shared: the revision lives in the database, so each
/// instance keeps its own copies and none can serve one older than the rows.
/// </summary>
public sealed class MatchSnapshots(IDbContextFactory<AppDbContext> contexts) : IDisposable
{
    /// <summary>
    /// Scored jobs kept across all users' snapshots, about 220 bytes each (measured at 5,000 jobs): some 45 MB at most,
    /// within the 300 MB the server runs in (docs/performance.md). Past it, the cache drops copies to make room.
    /// </summary>
    public const long JobBudget = 200_000;

    /// <summary>A user who has not been seen for this long gives their memory back.</summary>
    public static readonly TimeSpan IdleExpiry = TimeSpan.FromMinutes(10);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = JobBudget });
    private readonly Lock gate = new();

    // Read on every list and every score: compiled once, not translated per request.
    private static readonly Func<AppDbContext, int, CancellationToken, Task<long>> RevisionOf = EF.CompileAsyncQuery(
        (AppDbContext db, int userId, CancellationToken ct) => db.Profiles.Where(p => p.UserId == userId).Select(p => p.Revision).FirstOrDefault());

    public async Task<MatchSnapshot> GetAsync(int userId, CancellationToken ct)
    {
        long revision;
        await using (var db = await contexts.CreateDbContextAsync(ct)) revision = await RevisionOf(db, userId, ct);
        return await CurrentAsync(("match", userId), revision, () => BuildAsync(userId, revision), s => s.Jobs.Count, ct);
    }

    /// <summary>A figure computed from the snapshot (the skill gap, say), kept beside it and rebuilt with it.</summary>
    public async Task<T> GetDerivedAsync<T>(string name, int userId, Func<MatchSnapshot, T> derive, CancellationToken ct)
    {
        var snapshot = await GetAsync(userId, ct);
        return await CurrentAsync((name, userId), snapshot.Revision, () => Task.FromResult(derive(snapshot)), _ => 1, ct);
    }

    /// <summary>
    /// The kept copy when it was built at this revision or a later one (a concurrent request may have seen a newer
    /// change), else a new one that replaces it. Callers that want the same revision at once share one build, which
    /// runs to the end even if the caller that started it leaves.
    /// </summary>
    private async Task<T> CurrentAsync<T>((string, int) key, long revision, Func<Task<T>> build, Func<T, long> sizeOf, CancellationToken ct)
    {
        var (entry, isNew) = Claim<T>(key, revision);
        if (isNew) _ = Task.Run(() => BuildAsync(key, entry, build, sizeOf), CancellationToken.None);
        return await entry.Value.WaitAsync(ct);
    }

    /// <summary>The copy to wait for: the kept one if it will do, else a new one put in its place, for the caller to build.</summary>
    private (Revised<T> Entry, bool IsNew) Claim<T>((string, int) key, long revision)
    {
        lock (gate)
        {
            if (cache.TryGetValue(key, out Revised<T>? kept) && kept!.Revision >= revision && !kept.Value.IsFaulted) return (kept, false);
            var entry = new Revised<T>(revision, new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously));
            cache.Set(key, entry, Sized(1));
            return (entry, true);
        }
    }

    private async Task BuildAsync<T>((string, int) key, Revised<T> entry, Func<Task<T>> build, Func<T, long> sizeOf)
    {
        try
        {
            var value = await build();
            Resize(key, entry, sizeOf(value));
            entry.Built.SetResult(value);
        }
        catch (Exception e)
        {
            // Every caller waiting for this copy gets the failure; the next one finds it failed and builds again.
            entry.Built.SetException(e);
        }
    }

    /// <summary>A copy is counted as one while it builds, and by its jobs once built, if it is still the user's copy.</summary>
    private void Resize<T>((string, int) key, Revised<T> entry, long size)
    {
        lock (gate)
            if (cache.TryGetValue(key, out Revised<T>? kept) && ReferenceEquals(kept, entry)) cache.Set(key, entry, Sized(Math.Max(1, size)));
    }

    private static MemoryCacheEntryOptions Sized(long size) => new() { Size = size, SlidingExpiration = IdleExpiry };

    /// <summary>
    /// The revision is read before the rows and commits with them: the rows are at least as new as the revision.
    /// The build may go on for other callers after the request that started it has ended, so it has a database
    /// context of its own.
    /// </summary>
    private async Task<MatchSnapshot> BuildAsync(int userId, long revision)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var matchProfile = await MatchProfile.LoadAsync(db, userId, CancellationToken.None);
        var notInterested = (await db.JobFeedback
            .Where(f => f.UserId == userId && f.Kind == FeedbackKind.NotInterested).Select(f => f.JobId).ToListAsync()).ToHashSet();
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId)
            .Select(j => new { j.Id, j.CreatedAt, j.Status, j.TechStack, j.Location, j.Remote, j.ExperienceLevel }).ToListAsync();

        // Thousands of jobs repeat the same few hundred skill names and places: one string each keeps the snapshot small.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? text) => text is null ? null : strings.TryGetValue(text, out var shared) ? shared : strings[text] = text;

        return MatchSnapshot.Score(revision, matchProfile, jobs.Select(j => new ScoredJob(
            j.Id, j.CreatedAt, j.Status, notInterested.Contains(j.Id), j.TechStack.Select(s => Shared(s)!).ToArray(), Shared(j.Location),
            j.Remote, j.ExperienceLevel, default)));
    }

    public void Dispose() => cache.Dispose();

    private sealed record Revised<T>(long Revision, TaskCompletionSource<T> Built)
    {
        public Task<T> Value => Built.Task;
    }
}
