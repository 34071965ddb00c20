using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>
/// Per-user scores and the figures derived from them, cached under the user's revision: any change to the profile,
/// a job or feedback moves the revision, so the next read builds afresh and a stale score is never served.
/// </summary>
public sealed class MatchSnapshots(AppDbContext db, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromMinutes(10),
        LocalCacheExpiration = TimeSpan.FromMinutes(10),
    };

    public async Task<MatchSnapshot> GetAsync(int userId, CancellationToken ct)
    {
        var revision = await RevisionAsync(userId, ct);
        return await SnapshotAsync(userId, revision, ct);
    }

    /// <summary>A figure computed from the snapshot (the skill gap, say), cached beside it under the same revision.</summary>
    public async Task<T> GetDerivedAsync<T>(string name, int userId, Func<MatchSnapshot, T> derive, CancellationToken ct)
    {
        var revision = await RevisionAsync(userId, ct);
        return await cache.GetOrCreateAsync($"{name}:{userId}:{revision}",
            async token => derive(await SnapshotAsync(userId, revision, token)), Entry, [Tag(userId)], ct);
    }

    private ValueTask<MatchSnapshot> SnapshotAsync(int userId, long revision, CancellationToken ct) =>
        cache.GetOrCreateAsync($"match:{userId}:{revision}", token => new ValueTask<MatchSnapshot>(BuildAsync(userId, token)),
            Entry, [Tag(userId)], ct);

    private Task<long> RevisionAsync(int userId, CancellationToken ct) =>
        db.Profiles.Where(p => p.UserId == userId).Select(p => p.Revision).FirstOrDefaultAsync(ct);

    private static string Tag(int userId) => $"user:{userId}";

    private async Task<MatchSnapshot> BuildAsync(int userId, CancellationToken ct)
    {
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

        // Thousands of stacks repeat the same few hundred names: one string each keeps the snapshot small.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string name) => names.TryGetValue(name, out var shared) ? shared : names[name] = name;

        var matchProfile = new MatchProfile(profile?.Skills ?? [], profile?.Locations ?? [], profile?.ExperienceLevel);
        return MatchSnapshot.Score(matchProfile, jobs.Select(j => new ScoredJob(
            j.Id, j.CreatedAt, j.Status, notInterested.Contains(j.Id), j.TechStack.Select(Shared).ToArray(), j.Location, j.Remote,
            j.ExperienceLevel, default)));
    }
}
