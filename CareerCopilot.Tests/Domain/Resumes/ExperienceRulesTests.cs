using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class ExperienceRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static ResumeDateRange Span(string line) => ResumeDates.FindRange(line)!;

    [Fact]
    public void Overlapping_roles_count_once() =>
        Assert.Equal(3.0, ExperienceRules.Years([Span("Jan 2018 – Dec 2020"), Span("Jun 2019 – Dec 2019")], Today));

    [Fact]
    public void A_gap_between_roles_does_not_count() =>
        Assert.Equal(2.0, ExperienceRules.Years([Span("Jan 2015 – Dec 2015"), Span("Jan 2018 – Dec 2018")], Today));

    [Fact]
    public void An_open_role_runs_to_today() =>
        // January 2025 to 3 December 2026: 23 months and a little.
        Assert.Equal(1.9, ExperienceRules.Years([Span("Jan 2025 – Present")], Today));

    [Fact]
    public void Years_without_months_count_from_their_middle() =>
        Assert.Equal(2.0, ExperienceRules.Years([Span("2019 – 2021")], Today));

    [Fact]
    public void A_span_ending_after_today_stops_today() =>
        Assert.Equal(1.0, ExperienceRules.Years([Span("Dec 2025 – Dec 2030")], Today));

    [Fact]
    public void No_spans_are_no_years() => Assert.Null(ExperienceRules.Years([], Today));

    [Theory]
    [InlineData(1.5, "Software Engineer", ExperienceLevel.Junior)]
    [InlineData(3.0, "Software Engineer", ExperienceLevel.Mid)]
    [InlineData(7.0, "Software Engineer", ExperienceLevel.Senior)]
    [InlineData(3.0, "Senior Software Engineer", ExperienceLevel.Senior)]
    [InlineData(6.0, "Principal Engineer", ExperienceLevel.Lead)]
    [InlineData(9.0, "Head of Data", ExperienceLevel.Lead)]
    [InlineData(4.0, "Staff Engineer", ExperienceLevel.Lead)]
    [InlineData(0.5, "Software Engineering Intern", ExperienceLevel.Intern)]
    [InlineData(2.5, "Junior Developer", ExperienceLevel.Junior)]
    public void The_level_comes_from_the_latest_title_when_it_says_so_else_from_the_years(double years, string title, ExperienceLevel level) =>
        Assert.Equal(level, ExperienceRules.Level(years, title));

    [Fact]
    public void Without_years_or_a_telling_title_there_is_no_level() => Assert.Null(ExperienceRules.Level(null, "Engineer"));
}
