using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Tests.Domain.Matching;

public sealed class MatchScorerTests
{
    private static MatchProfile Profile(string[] skills, string[] locations, ExperienceLevel? level = null) => new(skills, locations, level);

    private static MatchScore Score(MatchProfile p, string[] stack, string? location = null, RemoteMode remote = RemoteMode.Unknown,
        ExperienceLevel? level = null) => MatchScorer.Score(p, stack, location, remote, level);

    [Fact]
    public void Skills_are_matched_by_canonical_name_ignoring_case()
    {
        var p = Profile(["c#", "POSTGRESQL"], []);
        var s = Score(p, ["C#", "PostgreSQL", "Kubernetes", "Go"]);
        Assert.Equal(25, s.Breakdown.Skills);
        Assert.Equal(0, s.Breakdown.Location);
        Assert.Equal(10, s.Breakdown.Experience); // both levels unknown
        Assert.Equal(35, s.Score);
    }

    [Fact]
    public void A_remote_job_earns_location_points_only_when_the_user_accepts_remote()
    {
        Assert.Equal(30, Score(Profile([], ["Berlin", "remote"]), [], "Anywhere", RemoteMode.Remote).Breakdown.Location);
        Assert.Equal(0, Score(Profile([], ["Berlin"]), [], "Anywhere", RemoteMode.Remote).Breakdown.Location);
        Assert.Equal(0, Score(Profile([], ["Remote"]), [], "Munich", RemoteMode.Hybrid).Breakdown.Location);
    }

    [Theory]
    [InlineData("Berlin, Germany", "berlin", 30)]
    [InlineData("Berlin, Germany", "Germany", 30)]
    [InlineData("Berlin, Germany", "berlin, germany", 30)]
    [InlineData("Berlin, Germany", "Berl", 0)]
    [InlineData("New Berlin, USA", "Berlin", 0)]
    [InlineData(null, "Berlin", 0)]
    public void A_preferred_location_matches_the_whole_location_or_one_comma_part(string? jobLocation, string preferred, double expected) =>
        Assert.Equal(expected, Score(Profile([], [preferred]), [], jobLocation).Breakdown.Location);

    [Theory]
    [InlineData(ExperienceLevel.Senior, ExperienceLevel.Senior, 20)]
    [InlineData(ExperienceLevel.Senior, ExperienceLevel.Lead, 10)]
    [InlineData(ExperienceLevel.Intern, ExperienceLevel.Junior, 10)]
    [InlineData(ExperienceLevel.Junior, ExperienceLevel.Senior, 0)]
    [InlineData(ExperienceLevel.Intern, ExperienceLevel.Lead, 0)]
    [InlineData(null, ExperienceLevel.Lead, 10)]
    [InlineData(ExperienceLevel.Mid, null, 10)]
    public void Levels_score_by_their_distance(ExperienceLevel? mine, ExperienceLevel? job, double expected) =>
        Assert.Equal(expected, Score(Profile([], [], mine), [], level: job).Breakdown.Experience);

    [Fact]
    public void A_job_that_lists_no_skills_earns_nothing_for_skills()
    {
        var s = Score(Profile(["C#"], ["Berlin"], ExperienceLevel.Mid), [], "Berlin", RemoteMode.Onsite, ExperienceLevel.Mid);
        Assert.Equal(0, s.Breakdown.Skills);
        Assert.Equal(50, s.Score);
    }

    [Fact]
    public void The_parts_are_kept_unrounded_and_the_total_rounds_halves_up()
    {
        var thirds = Score(Profile(["Go"], []), ["Go", "Rust", "C"]);
        Assert.Equal(50.0 / 3, thirds.Breakdown.Skills, 12);
        Assert.Equal(27, thirds.Score); // 16.67 + 0 + 10 = 26.67

        var half = Score(Profile(["Go"], []), ["Go", "Rust", "C", "Zig"]);
        Assert.Equal(12.5, half.Breakdown.Skills);
        Assert.Equal(23, half.Score); // 22.5 rounds up, not to even
    }

    [Fact]
    public void A_perfect_match_is_capped_at_one_hundred()
    {
        var s = Score(Profile(["C#", ".NET"], ["Remote"], ExperienceLevel.Senior), ["C#", ".NET"], "Remote", RemoteMode.Remote, ExperienceLevel.Senior);
        Assert.Equal(new MatchBreakdown(50, 30, 20), s.Breakdown);
        Assert.Equal(100, s.Score);
    }

    [Fact]
    public void Ties_go_to_the_newer_job_and_applied_or_dismissed_jobs_are_not_ranked()
    {
        var profile = Profile(["C#"], []);
        var older = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        ScoredJob Job(int id, DateTime created, string[] stack, JobStatus status = JobStatus.NotApplied, bool dismissed = false) =>
            new(id, created, status, dismissed, stack, null, RemoteMode.Unknown, null, default);
        var snapshot = MatchSnapshot.Score(1, profile,
        [
            Job(1, older, ["C#"]),
            Job(2, older.AddDays(1), ["C#"]),
            Job(3, older.AddDays(2), ["Go"]),
            Job(4, older.AddDays(3), ["C#"], JobStatus.Applied),
            Job(5, older.AddDays(4), ["C#"], dismissed: true),
        ]);
        Assert.Equal([2, 1, 3], snapshot.Ranked.Select(j => j.Id));
        Assert.Equal(60, snapshot.Find(4)!.Match.Score);
    }
}
