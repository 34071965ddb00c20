using CareerCopilot.Web.Domain.Onboarding;

namespace CareerCopilot.Tests.Domain.Onboarding;

public sealed class OnboardingRulesTests
{
    [Fact]
    public void A_new_account_has_every_step_open_and_sees_them()
    {
        var progress = OnboardingRules.Of(0, 0, []);
        Assert.Equal((false, false, false), (progress.SkillsAndPlaces, progress.FirstJob, progress.ScoredJob));
        Assert.Equal(0, progress.StepsDone);
        Assert.True(progress.IsShown);
    }

    [Fact]
    public void Skills_without_places_do_not_tick_the_first_step()
    {
        Assert.False(OnboardingRules.Of(3, 0, []).SkillsAndPlaces);
        Assert.False(OnboardingRules.Of(0, 1, []).SkillsAndPlaces);
        Assert.True(OnboardingRules.Of(1, 1, []).SkillsAndPlaces);
    }

    [Fact]
    public void A_job_without_skills_and_places_is_not_yet_a_match()
    {
        var progress = OnboardingRules.Of(0, 1, [new FirstMatch(7, 40)]);
        Assert.True(progress.FirstJob);
        Assert.False(progress.ScoredJob);
        Assert.Equal(1, progress.StepsDone);
    }

    [Fact]
    public void The_first_match_is_the_best_scored_job_and_stays_shown_until_a_second_job()
    {
        var one = OnboardingRules.Of(2, 1, [new FirstMatch(7, 40)]);
        Assert.True(one.IsDone);
        Assert.True(one.IsShown);
        Assert.Equal(new FirstMatch(7, 40), one.FirstMatch);

        var two = OnboardingRules.Of(2, 1, [new FirstMatch(7, 40), new FirstMatch(9, 85)]);
        Assert.Equal(9, two.FirstMatch?.JobId);
        Assert.False(two.IsShown);
    }

    [Fact]
    public void Removing_every_skill_opens_the_steps_again()
    {
        var progress = OnboardingRules.Of(0, 1, [new FirstMatch(7, 40), new FirstMatch(9, 85)]);
        Assert.False(progress.IsDone);
        Assert.True(progress.IsShown);
    }
}
