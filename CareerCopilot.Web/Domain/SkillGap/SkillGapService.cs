using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Web.Domain.SkillGap;

/// <summary>The skill gap of one user, cached with their scores and rebuilt when either changes.</summary>
public sealed class SkillGapService(MatchSnapshots snapshots)
{
    public Task<SkillGapReport> GetAsync(int userId, CancellationToken ct) =>
        snapshots.GetDerivedAsync("skill-gap", userId, SkillGapReport.From, ct);
}
