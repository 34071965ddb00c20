using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Web.Domain.Onboarding;

/// <summary>Reads a user's progress from their profile and the scored jobs of their match snapshot.</summary>
public sealed class OnboardingService(ProfileService profiles, MatchSnapshots snapshots)
{
    public async Task<OnboardingProgress> GetAsync(int userId, CancellationToken ct)
    {
        var profile = await profiles.GetAsync(userId, ct);
        var snapshot = await snapshots.GetAsync(userId, ct);
        return OnboardingRules.Of(profile.Skills.Count, profile.PreferredLocations.Count,
            snapshot.Jobs.Select(j => new FirstMatch(j.Id, j.Match.Score)).ToArray());
    }
}
