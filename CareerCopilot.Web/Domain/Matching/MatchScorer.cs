using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>The unrounded parts of a score: skills up to 50, location 30 or 0, experience up to 20.</summary>
public readonly record struct MatchBreakdown(double Skills, double Location, double Experience);

public readonly record struct MatchScore(int Score, MatchBreakdown Breakdown);

/// <summary>The default score of a job against a profile, an integer from 0 to 100 (API.md, "Recommendations").</summary>
public static class MatchScorer
{
    public const double SkillsWeight = 50;
    public const double LocationWeight = 30;
    public const double LevelWeight = 20;

    public static MatchScore Score(MatchProfile profile, Job job) =>
        Score(profile, job.TechStack, job.Location, job.Remote, job.ExperienceLevel);

    public static MatchScore Score(MatchProfile profile, IReadOnlyList<string> techStack, string? location, RemoteMode remote,
        ExperienceLevel? level)
    {
        var breakdown = new MatchBreakdown(
            SkillsPart(profile, techStack),
            LocationMatches(profile, location, remote) ? LocationWeight : 0,
            LevelPart(profile.Level, level));
        // Halves round up (away from zero), as "round" reads in the contract; .NET's default would round them to even.
        var total = Math.Round(breakdown.Skills + breakdown.Location + breakdown.Experience, MidpointRounding.AwayFromZero);
        return new MatchScore((int)Math.Min(100, total), breakdown);
    }

    private static double SkillsPart(MatchProfile profile, IReadOnlyList<string> techStack)
    {
        if (techStack.Count == 0) return 0;
        var matched = 0;
        for (var i = 0; i < techStack.Count; i++)
            if (profile.Has(techStack[i])) matched++;
        return SkillsWeight * matched / techStack.Count;
    }

    private static bool LocationMatches(MatchProfile profile, string? location, RemoteMode remote) =>
        (remote == RemoteMode.Remote && profile.AcceptsRemote) || profile.PrefersLocation(location);

    /// <summary>Full points for the same level, half for a neighbour or when either side does not say, none further apart.</summary>
    private static double LevelPart(ExperienceLevel? mine, ExperienceLevel? job) =>
        mine is not { } a || job is not { } b ? LevelWeight / 2
        : a == b ? LevelWeight
        : Math.Abs(a - b) == 1 ? LevelWeight / 2
        : 0;
}
