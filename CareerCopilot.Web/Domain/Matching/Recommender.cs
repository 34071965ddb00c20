using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>A job with its score and the reasons for it.</summary>
public sealed record Recommendation(Job Job, MatchScore Match, MatchExplanation Why, bool NotInterested = false)
{
    public static Recommendation Of(MatchProfile profile, Job job, bool notInterested = false) =>
        new(job, MatchScorer.Score(profile, job), MatchExplanation.Of(profile, job), notInterested);
}

/// <summary>Ranks the user's open jobs by the default score and explains each.</summary>
public sealed class Recommender(AppDbContext db, MatchSnapshots snapshots)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static int ParseLimit(int? limit)
    {
        var value = limit ?? DefaultLimit;
        if (value is < 1 or > MaxLimit) throw ValidationFailedException.For("limit", $"limit must be between 1 and {MaxLimit}.");
        return value;
    }

    public async Task<IReadOnlyList<Recommendation>> ListAsync(int userId, int limit, CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(userId, ct);
        var ids = snapshot.Ranked.Take(limit).Select(j => j.Id).ToList();
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId && ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id, ct);
        return ids.Where(jobs.ContainsKey).Select(id => Recommendation.Of(snapshot.Profile, jobs[id])).ToList();
    }

    /// <summary>One job's score and reasons, for the job page.</summary>
    public async Task<Recommendation> ExplainAsync(int userId, Job job, CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(userId, ct);
        return Recommendation.Of(snapshot.Profile, job, snapshot.Find(job.Id)?.NotInterested ?? false);
    }
}
