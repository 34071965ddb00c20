using System.Collections.Frozen;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>One job as scoring sees it, with its score against the snapshot's profile.</summary>
public sealed record ScoredJob(
    int Id, DateTime CreatedAt, JobStatus Status, bool NotInterested, IReadOnlyList<string> TechStack, string? Location,
    RemoteMode Remote, ExperienceLevel? Level, MatchScore Match);

/// <summary>
/// Every job of one user scored against their profile at one revision. Immutable, so every request is handed the
/// same instance.
/// </summary>
public sealed class MatchSnapshot
{
    private readonly FrozenDictionary<int, ScoredJob> byId;

    public MatchSnapshot(long revision, MatchProfile profile, IReadOnlyList<ScoredJob> jobs)
    {
        Revision = revision;
        Profile = profile;
        Jobs = jobs;
        byId = jobs.ToFrozenDictionary(j => j.Id);
        Ranked = jobs.Where(j => j.Status == JobStatus.NotApplied && !j.NotInterested)
            .OrderByDescending(j => j.Match.Score).ThenByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .ToArray();
    }

    /// <summary>The user's revision when the snapshot was built; the rows it was built from are at least that new.</summary>
    public long Revision { get; }

    public MatchProfile Profile { get; }

    /// <summary>All the user's jobs, in no particular order.</summary>
    public IReadOnlyList<ScoredJob> Jobs { get; }

    /// <summary>The jobs to recommend, best first: not applied to, not marked "not interested"; ties go to the newer job.</summary>
    public IReadOnlyList<ScoredJob> Ranked { get; }

    public ScoredJob? Find(int jobId) => byId.GetValueOrDefault(jobId);

    public static MatchSnapshot Score(long revision, MatchProfile profile, IEnumerable<ScoredJob> unscored) =>
        new(revision, profile, unscored.Select(j => j with { Match = MatchScorer.Score(profile, j.TechStack, j.Location, j.Remote, j.Level) }).ToArray());
}
