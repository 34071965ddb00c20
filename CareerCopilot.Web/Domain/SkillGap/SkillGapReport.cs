using System.Globalization;
using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Web.Domain.SkillGap;

/// <summary>A skill and how many of the user's jobs ask for it.</summary>
public sealed record SkillDemand(string Skill, int Count, bool Have);

/// <summary>
/// A skill the user lacks, with what having it would do: how many of their jobs would score higher and by how much
/// on average, found by scoring those jobs again with the skill added.
/// </summary>
public sealed record MissingSkill(string Skill, int Count, double Share, int JobsScoringHigher, double AverageGain, string Reason);

/// <summary>Which skills the user's jobs ask for, which of them the user has, and what each missing one is worth.</summary>
public sealed record SkillGapReport(
    IReadOnlyList<string> UserSkills,
    int JobCount,
    int MarketSkillCount,
    int CoveredSkillCount,
    double CoveragePercentage,
    IReadOnlyList<SkillDemand> TopMarketSkills,
    IReadOnlyList<MissingSkill> MissingSkills,
    IReadOnlyList<MissingSkill> Recommendations)
{
    public const int TopCount = 10;
    public const int RecommendationCount = 5;

    public static SkillGapReport From(MatchSnapshot snapshot)
    {
        var profile = snapshot.Profile;
        var askedBy = new Dictionary<string, List<ScoredJob>>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in snapshot.Jobs)
            foreach (var skill in job.TechStack.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!askedBy.TryGetValue(skill, out var jobs)) askedBy[skill] = jobs = [];
                jobs.Add(job);
            }

        var market = askedBy
            .Select(pair => new SkillDemand(pair.Value[0].TechStack.First(s => s.Equals(pair.Key, StringComparison.OrdinalIgnoreCase)),
                pair.Value.Count, profile.Has(pair.Key)))
            .OrderByDescending(d => d.Count).ThenBy(d => d.Skill, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Skill, StringComparer.Ordinal)
            .ToList();
        var covered = market.Count(d => d.Have);
        var missing = market.Where(d => !d.Have)
            .Select(d => Impact(profile, d, askedBy[d.Skill], snapshot.Jobs.Count)).ToList();

        return new SkillGapReport(profile.Skills, snapshot.Jobs.Count, market.Count, covered,
            market.Count == 0 ? 0 : Math.Round(100.0 * covered / market.Count, 1, MidpointRounding.AwayFromZero),
            market.Take(TopCount).ToList(), missing, missing.Take(RecommendationCount).ToList());
    }

    private static MissingSkill Impact(MatchProfile profile, SkillDemand demand, List<ScoredJob> jobs, int jobCount)
    {
        var withSkill = profile.WithSkill(demand.Skill);
        int higher = 0, gained = 0;
        foreach (var job in jobs)
        {
            var rescored = MatchScorer.Score(withSkill, job.TechStack, job.Location, job.Remote, job.Level).Score;
            if (rescored <= job.Match.Score) continue;
            higher++;
            gained += rescored - job.Match.Score;
        }
        var average = higher == 0 ? 0 : Math.Round((double)gained / higher, 1, MidpointRounding.AwayFromZero);
        var share = Math.Round(100.0 * demand.Count / jobCount, MidpointRounding.AwayFromZero);
        return new MissingSkill(demand.Skill, demand.Count, share, higher, average, Reason(demand, jobCount, share, higher, average));
    }

    /// <summary>The same words whatever the server's culture: it is read through the API too.</summary>
    private static string Reason(SkillDemand demand, int jobCount, double share, int higher, double average)
    {
        var asked = string.Create(CultureInfo.InvariantCulture,
            $"{demand.Count} of your {Jobs(jobCount)} {(demand.Count == 1 ? "asks" : "ask")} for {demand.Skill} ({share}%).");
        return higher == 0
            ? $"{asked} Adding it alone would not raise any of their scores."
            : string.Create(CultureInfo.InvariantCulture, $"{asked} With it, {Jobs(higher)} would score higher, by {average:0.#} points on average.");
    }

    private static string Jobs(int count) => count == 1 ? "1 job" : $"{count} jobs";
}
