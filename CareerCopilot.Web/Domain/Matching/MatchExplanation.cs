using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>Why a job scored what it did, in words a person reads, part by part.</summary>
public sealed record MatchExplanation(
    IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills, string Skills, string Location, string Experience)
{
    public static MatchExplanation Of(MatchProfile profile, Job job)
    {
        var matched = job.TechStack.Where(profile.Has).ToList();
        var missing = job.TechStack.Where(s => !profile.Has(s)).ToList();
        return new MatchExplanation(matched, missing, SkillsReason(job, matched), LocationReason(profile, job),
            ExperienceReason(profile.Level, job.ExperienceLevel));
    }

    private static string SkillsReason(Job job, List<string> matched) =>
        job.TechStack.Count == 0
            ? "The job lists no skills, so skills add nothing."
            : $"You have {matched.Count} of the {job.TechStack.Count} skills it lists.";

    private static string LocationReason(MatchProfile profile, Job job)
    {
        if (job.Remote == RemoteMode.Remote && profile.AcceptsRemote) return "It is remote, and you accept remote work.";
        if (profile.PrefersLocation(job.Location)) return $"{job.Location} is one of your preferred locations.";
        if (profile.Locations.Count == 0) return "You have not set preferred locations yet.";
        var where = string.IsNullOrWhiteSpace(job.Location) ? "It gives no location" : $"{job.Location} is not one of your preferred locations";
        return job.Remote == RemoteMode.Remote ? $"{where}, and you have not added Remote to them." : $"{where}.";
    }

    private static string ExperienceReason(ExperienceLevel? mine, ExperienceLevel? job) => (mine, job) switch
    {
        (null, _) => "You have not set your level, so level earns half points.",
        (_, null) => "The job does not say its level, so level earns half points.",
        ({ } a, { } b) when a == b => $"It is a {Name(b)} role, your level.",
        ({ } a, { } b) when Math.Abs(a - b) == 1 => $"It is a {Name(b)} role, next to your {Name(a)} level: half points.",
        ({ } a, { } b) => $"It is a {Name(b)} role, more than one step from your {Name(a)} level: no points.",
    };

    private static string Name(ExperienceLevel level) => level.ToString().ToLowerInvariant();
}
