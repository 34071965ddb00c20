using CareerCopilot.Web.Domain.SkillGap;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class SkillGapEndpoints
{
    public sealed record SkillCount(string Skill, int Count);

    /// <summary>A missing skill worth learning first, why, and (beyond the contract) the re-scored impact behind the why.</summary>
    public sealed record SkillRecommendation(string Skill, int Count, string Reason, int JobsScoringHigher, double AverageScoreGain);

    public sealed record SkillGapResponse(
        IReadOnlyList<string> UserSkills,
        IReadOnlyList<SkillCount> MissingSkills,
        IReadOnlyList<SkillCount> TopMarketSkills,
        double SkillCoveragePercentage,
        IReadOnlyList<SkillRecommendation> Recommendations)
    {
        public static SkillGapResponse From(SkillGapReport r) => new(
            r.UserSkills,
            r.MissingSkills.Select(m => new SkillCount(m.Skill, m.Count)).ToList(),
            r.TopMarketSkills.Select(d => new SkillCount(d.Skill, d.Count)).ToList(),
            r.CoveragePercentage,
            r.Recommendations.Select(m => new SkillRecommendation(m.Skill, m.Count, m.Reason, m.JobsScoringHigher, m.AverageGain)).ToList());
    }

    public static void MapSkillGap(this RouteGroupBuilder api) =>
        api.MapGet("/skill-gap", async (HttpContext http, SkillGapService skillGap, CancellationToken ct) =>
            TypedResults.Ok(SkillGapResponse.From(await skillGap.GetAsync(http.User.UserId(), ct)))).WithTags("Skill gap");
}
