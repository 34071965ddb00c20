using CareerCopilot.Web.Domain.Digests;

namespace CareerCopilot.Tests.Domain.Digests;

public sealed class DigestWordingTests
{
    private static readonly DigestRecipient Ana = new(1, "ana@example.test", "Ana Diaz", "Europe/Berlin", new DateOnly(2027, 1, 15));

    private static DigestMatch Match(int id) => new(id, "Engineer", "Contoso", null, 90, ["Reason."]);

    [Fact]
    public void A_morning_subject_says_what_is_in_it()
    {
        var followUp = new DigestFollowUp(1, "Engineer", "Contoso", new DateOnly(2027, 1, 15), 0);
        Assert.Equal("3 new matches and 1 follow-up due",
            DigestWording.Subject(new MorningDigest(Ana, [Match(1), Match(2), Match(3)], 3, [followUp], [])));
        Assert.Equal("1 new match",
            DigestWording.Subject(new MorningDigest(Ana, [Match(1)], 1, [], [])));
        var interview = new DigestInterview(1, "Engineer", "Contoso", DateTime.UtcNow, new TimeOnly(10, 0));
        Assert.Equal("7 new matches, 2 follow-ups due and 1 interview today",
            DigestWording.Subject(new MorningDigest(Ana, [Match(1)], 7, [followUp, followUp], [interview])));
    }

    [Fact]
    public void An_evening_subject_counts_the_day()
    {
        var evening = new EveningDigest(Ana, new DayNumbers(4, 2, 0, 1), new WeekNumbers(0, 0, 0, 0), null);
        Assert.Equal("Today: 2 applications sent, 4 jobs added and 1 interview this week", DigestWording.Subject(evening));
    }

    [Fact]
    public void The_evening_summary_needs_a_day_with_something_in_it_not_just_a_suggestion()
    {
        var suggestion = new DigestSuggestion(SuggestionKind.LearnSkill, "Learn Go.");
        Assert.False(new EveningDigest(Ana, new DayNumbers(0, 0, 0, 0), new WeekNumbers(3, 1, 0, 0), suggestion).HasSomethingToSay);
        Assert.True(new EveningDigest(Ana, new DayNumbers(0, 0, 1, 0), new WeekNumbers(0, 0, 0, 0), null).HasSomethingToSay);
    }

    [Fact]
    public void The_greeting_uses_the_first_name_when_there_is_one()
    {
        Assert.Equal("Good morning, Ana.", DigestWording.Greeting(Ana, DigestKind.Morning));
        Assert.Equal("Good evening.", DigestWording.Greeting(Ana with { FullName = null }, DigestKind.Evening));
    }

    [Theory]
    [InlineData(5, 2, "3 more than the week before")]
    [InlineData(1, 4, "3 fewer than the week before")]
    [InlineData(2, 2, "the same as the week before")]
    public void The_week_is_compared_with_the_week_before(int now, int before, string expected) =>
        Assert.Equal(expected, DigestWording.Trend(now, before));
}
