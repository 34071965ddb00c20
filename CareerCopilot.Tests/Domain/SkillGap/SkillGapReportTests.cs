using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.SkillGap;

namespace CareerCopilot.Tests.Domain.SkillGap;

public sealed class SkillGapReportTests
{
    private static ScoredJob Job(int id, params string[] stack) =>
        new(id, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(id), JobStatus.NotApplied, false, stack, "Berlin",
            RemoteMode.Onsite, ExperienceLevel.Senior, default);

    private static SkillGapReport Report(string[] skills, params ScoredJob[] jobs) =>
        SkillGapReport.From(MatchSnapshot.Score(1, new MatchProfile(skills, ["Berlin"], ExperienceLevel.Senior), jobs));

    [Fact]
    public void Counts_coverage_and_order_follow_the_contract()
    {
        var r = Report(["C#", "SQL"],
            Job(1, "C#", "Kubernetes", "Go"),
            Job(2, "C#", "Kubernetes"),
            Job(3, "C#", "SQL", "Azure DevOps"),
            Job(4, "Go", "Kubernetes"),
            Job(5, "Ansible"));

        Assert.Equal(["C#", "SQL"], r.UserSkills);
        Assert.Equal([("C#", 3), ("Kubernetes", 3), ("Go", 2), ("Ansible", 1), ("Azure DevOps", 1), ("SQL", 1)],
            r.TopMarketSkills.Select(d => (d.Skill, d.Count)));
        Assert.Equal([("Kubernetes", 3), ("Go", 2), ("Ansible", 1), ("Azure DevOps", 1)], r.MissingSkills.Select(m => (m.Skill, m.Count)));
        Assert.Equal(6, r.MarketSkillCount);
        Assert.Equal(2, r.CoveredSkillCount);
        Assert.Equal(33.3, r.CoveragePercentage);
        Assert.Equal(4, r.Recommendations.Count);
    }

    [Fact]
    public void The_impact_of_a_missing_skill_comes_from_scoring_its_jobs_again()
    {
        // Job 1: 1 of 3 skills → 16.67 + 30 + 20 = 67; with Kubernetes 2 of 3 → 83.33 → 83 (+16).
        // Job 2: 1 of 2 → 25 + 50 = 75; with Kubernetes 2 of 2 → 100 (+25).
        // Job 4: 0 of 2 → 50; with Kubernetes 1 of 2 → 75 (+25).
        var r = Report(["C#"], Job(1, "C#", "Kubernetes", "Go"), Job(2, "C#", "Kubernetes"), Job(4, "Go", "Kubernetes"));
        var kubernetes = r.MissingSkills.Single(m => m.Skill == "Kubernetes");
        Assert.Equal(3, kubernetes.JobsScoringHigher);
        Assert.Equal(22.0, kubernetes.AverageGain);
        Assert.Contains("3 of your 3 jobs ask for Kubernetes (100%).", kubernetes.Reason);
        Assert.Contains("by 22 points on average", kubernetes.Reason);
    }

    [Fact]
    public void A_skill_worth_less_than_half_a_point_would_raise_nothing()
    {
        // One of 200 skills is a quarter point: 50 becomes 50.25, which still rounds to 50.
        var stack = Enumerable.Range(0, 200).Select(i => $"Skill {i:000}").ToArray();
        var r = Report([], Job(1, stack));
        var one = r.MissingSkills[0];
        Assert.Equal(0, one.JobsScoringHigher);
        Assert.Equal(0, one.AverageGain);
        Assert.Contains("would not raise", one.Reason);
    }

    [Fact]
    public void Skills_are_counted_once_per_job_ignoring_case_and_ties_sort_by_name()
    {
        var r = Report([], Job(1, "Zig", "zig", "Ada"), Job(2, "ada"));
        Assert.Equal([("Ada", 2), ("Zig", 1)], r.TopMarketSkills.Select(d => (d.Skill, d.Count)));
    }

    [Fact]
    public void No_jobs_means_empty_lists_and_no_coverage()
    {
        var r = Report(["C#"]);
        Assert.Empty(r.TopMarketSkills);
        Assert.Empty(r.MissingSkills);
        Assert.Empty(r.Recommendations);
        Assert.Equal(0, r.CoveragePercentage);
    }

    [Fact]
    public void Only_five_missing_skills_are_recommended_and_the_top_list_stops_at_ten()
    {
        var stack = Enumerable.Range(0, 12).Select(i => $"S{i:00}").ToArray();
        var r = Report([], Job(1, stack));
        Assert.Equal(10, r.TopMarketSkills.Count);
        Assert.Equal(12, r.MissingSkills.Count);
        Assert.Equal(["S00", "S01", "S02", "S03", "S04"], r.Recommendations.Select(m => m.Skill));
    }
}
