using System.ComponentModel;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>
/// Per-user scores and the figures derived from them, cached with the user's revision: any change to the profile, a
/// job, an application or feedback moves the revision, so the next read finds the cached copy older than the data,
/// builds afresh and replaces it. A stale score is never served, and a user holds one copy of each, not one per change.
/// </summary>
public sealed class MatchSnapshots(AppDbContext db, HybridCache cache, IServiceScopeFactory scopes)
{
    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromMinutes(10),
        LocalCacheExpiration = TimeSpan.FromMinutes(10),
    };

    // Read on every list and every score: compiled once, not translated per request.
    private static readonly Func<AppDbContext, int, CancellationToken, Task<long>> RevisionOf = EF.CompileAsyncQuery(
        (AppDbContext db, int userId, CancellationToken ct) => db.Profiles.Where(p => p.UserId == userId).Select(p => p.Revision).FirstOrDefault());

    public async Task<MatchSnapshot> GetAsync(int userId, CancellationToken ct)
    {
        var revision = await RevisionOf(db, userId, ct);
        return (await CurrentAsync($"match:{userId}", revision, token => BuildAsync(userId, revision, token), ct)).Value;
    }

    /// <summary>A figure computed from the snapshot (the skill gap, say), cached beside it and rebuilt with it.</summary>
    public async Task<T> GetDerivedAsync<T>(string name, int userId, Func<MatchSnapshot, T> derive, CancellationToken ct)
    {
        var snapshot = await GetAsync(userId, ct);
        return (await CurrentAsync($"{name}:{userId}", snapshot.Revision, _ => Task.FromResult(derive(snapshot)), ct)).Value;
    }

    /// <summary>
    /// The cached copy when it was built at this revision or a later one (a concurrent request may have seen a newer
    /// change), else a new one that replaces it.
    /// </summary>
    private async Task<Revised<T>> CurrentAsync<T>(string key, long revision, Func<CancellationToken, Task<T>> build, CancellationToken ct)
    {
        var cached = await cache.GetOrCreateAsync(key, async token => new Revised<T>(revision, await build(token)), Entry, cancellationToken: ct);
        if (cached.Revision >= revision) return cached;
        var fresh = new Revised<T>(revision, await build(ct));
        await cache.SetAsync(key, fresh, Entry, cancellationToken: ct);
        return fresh;
    }

    /// <summary>
    /// The revision is read before the rows and commits with them: the rows are at least as new as the revision.
    /// The cache may go on building for other callers after the request that started it has ended, so the build has a
    /// scope, and a database context, of its own.
    /// </summary>
    private async Task<MatchSnapshot> BuildAsync(int userId, long revision, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var profile = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new
            {
                p.ExperienceLevel,
                Skills = p.Skills.OrderBy(s => s.Position).Select(s => s.Name).ToList(),
                Locations = p.Locations.OrderBy(l => l.Position).Select(l => l.Name).ToList(),
            }).SingleOrDefaultAsync(ct);
        var notInterested = (await db.JobFeedback
            .Where(f => f.UserId == userId && f.Kind == FeedbackKind.NotInterested).Select(f => f.JobId).ToListAsync(ct)).ToHashSet();
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId)
            .Select(j => new { j.Id, j.CreatedAt, j.Status, j.TechStack, j.Location, j.Remote, j.ExperienceLevel }).ToListAsync(ct);

        // Thousands of jobs repeat the same few hundred skill names and places: one string each keeps the snapshot small.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? text) => text is null ? null : strings.TryGetValue(text, out var shared) ? shared : strings[text] = text;

        var matchProfile = new MatchProfile(profile?.Skills ?? [], profile?.Locations ?? [], profile?.ExperienceLevel);
        return MatchSnapshot.Score(revision, matchProfile, jobs.Select(j => new ScoredJob(
            j.Id, j.CreatedAt, j.Status, notInterested.Contains(j.Id), j.TechStack.Select(s => Shared(s)!).ToArray(), Shared(j.Location),
            j.Remote, j.ExperienceLevel, default)));
    }

    [ImmutableObject(true)]
    private sealed record Revised<T>(long Revision, T Value);
}
