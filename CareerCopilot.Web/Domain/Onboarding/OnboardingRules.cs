namespace CareerCopilot.Web.Domain.Onboarding;

/// <summary>The job a newcomer is shown as their first match, with its score.</summary>
public sealed record FirstMatch(int JobId, int Score);

/// <summary>
/// Where a new account stands on the way to its first scored job. Nothing is stored: every step is read from the
/// user's own rows, so a step is ticked exactly when it is true, and undoing it (removing every skill) opens it again.
/// </summary>
public sealed record OnboardingProgress(bool SkillsAndPlaces, bool FirstJob, FirstMatch? FirstMatch, int JobCount)
{
    /// <summary>A job scored against skills and places: the score means something.</summary>
    public bool ScoredJob => FirstMatch is not null;

    public bool IsDone => SkillsAndPlaces && FirstJob && ScoredJob;

    /// <summary>
    /// Shown while a step is open, and once all are done until a second job is added: the finished steps then point
    /// to the first match instead of vanishing at the moment it appears.
    /// </summary>
    public bool IsShown => !IsDone || JobCount <= 1;

    public int StepsDone => (SkillsAndPlaces ? 1 : 0) + (FirstJob ? 1 : 0) + (ScoredJob ? 1 : 0);

    public const int Steps = 3;
}

public static class OnboardingRules
{
    /// <summary>
    /// The steps from the profile's skills and preferred locations and the user's scored jobs. The first match is the
    /// best-scored job, once there are skills and places to score it against.
    /// </summary>
    public static OnboardingProgress Of(int skills, int places, IReadOnlyCollection<FirstMatch> scoredJobs)
    {
        var skillsAndPlaces = skills > 0 && places > 0;
        var best = skillsAndPlaces
            ? scoredJobs.OrderByDescending(j => j.Score).ThenBy(j => j.JobId).FirstOrDefault()
            : null;
        return new OnboardingProgress(skillsAndPlaces, scoredJobs.Count > 0, best, scoredJobs.Count);
    }
}
