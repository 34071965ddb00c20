using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Calendar;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Calendar;

public sealed class CalendarFeedRulesTests
{
    [Fact]
    public void A_secret_is_43_base64url_characters_and_new_each_time()
    {
        var secret = CalendarFeedRules.NewSecret();
        Assert.Matches("^[A-Za-z0-9_-]{43}$", secret);
        Assert.True(CalendarFeedRules.IsWellFormed(secret));
        Assert.NotEqual(secret, CalendarFeedRules.NewSecret());
        Assert.Matches("^[0-9a-f]{64}$", CalendarFeedRules.Hash(secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/A")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAÄ")]
    public void Anything_but_that_shape_is_not_looked_up(string? secret) => Assert.False(CalendarFeedRules.IsWellFormed(secret));

    [Fact]
    public void Text_from_the_user_is_escaped_so_it_cannot_add_lines_or_properties()
    {
        var application = new Application
        {
            Id = 4, JobId = 9, Status = ApplicationStatus.Applied, FollowUpOn = new DateOnly(2026, 12, 1),
            UpdatedAt = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc),
            Job = new Job { Company = "Evil; Corp, Inc", Title = "Dev\r\nEND:VCALENDAR\r\nBEGIN:VEVENT" },
        };
        var text = CalendarFeedRules.Write([application], id => $"https://app.example.test/jobs/{id}");

        Assert.Single(text.Split("BEGIN:VEVENT\r\n"), part => part.Contains("END:VEVENT", StringComparison.Ordinal) is false);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var only = Assert.Single(calendar.Events);
        Assert.Equal("Follow up: Dev\r\nEND:VCALENDAR\r\nBEGIN:VEVENT at Evil; Corp, Inc".Replace("\r\n", "\n", StringComparison.Ordinal),
            only.Summary!.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
