using CareerCopilot.Web.Domain.Digests;

namespace CareerCopilot.Tests.Domain.Digests;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Utc(int month, int day, int hour, int year = 2027) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]   // 08:00 in Berlin in winter
    [InlineData(10, true)]  // 11:00: a late run still sends
    [InlineData(11, false)] // 12:00: the window has closed
    public void The_morning_briefing_is_due_from_eight_until_noon_local(int utcHour, bool due)
    {
        var result = DigestSchedule.Due(DigestKind.Morning, Utc(1, 15, utcHour), Berlin);
        Assert.Equal(due, result is not null);
        if (due) Assert.Equal(new DateOnly(2027, 1, 15), result!.LocalDate);
    }

    [Fact]
    public void The_evening_summary_is_due_from_eight_until_midnight_local()
    {
        Assert.Null(DigestSchedule.Due(DigestKind.Evening, Utc(1, 15, 18), Berlin));
        Assert.Equal(new DigestDue(DigestKind.Evening, new DateOnly(2027, 1, 15)), DigestSchedule.Due(DigestKind.Evening, Utc(1, 15, 19), Berlin));
        Assert.Equal(new DigestDue(DigestKind.Evening, new DateOnly(2027, 1, 15)), DigestSchedule.Due(DigestKind.Evening, Utc(1, 15, 22), Berlin));
        Assert.Null(DigestSchedule.Due(DigestKind.Evening, Utc(1, 15, 23), Berlin));
    }

    [Fact]
    public void The_date_is_the_users_own_not_the_servers()
    {
        // 23:00 UTC on the 14th is 08:00 on the 15th in Tokyo.
        Assert.Equal(new DateOnly(2027, 1, 15), DigestSchedule.Due(DigestKind.Morning, Utc(1, 14, 23), Tokyo)!.LocalDate);
    }

    [Fact]
    public void Daylight_saving_moves_the_utc_hour_not_the_local_one()
    {
        // Berlin moves to summer time on 28 March 2027: 08:00 is 07:00 UTC the day before, 06:00 UTC that day.
        Assert.NotNull(DigestSchedule.Due(DigestKind.Morning, Utc(3, 27, 7), Berlin));
        Assert.Null(DigestSchedule.Due(DigestKind.Morning, Utc(3, 28, 5), Berlin));
        Assert.NotNull(DigestSchedule.Due(DigestKind.Morning, Utc(3, 28, 6), Berlin));
        // New York moved on 14 March: 08:00 EDT is 12:00 UTC.
        Assert.Null(DigestSchedule.Due(DigestKind.Morning, Utc(3, 15, 11), NewYork));
        Assert.NotNull(DigestSchedule.Due(DigestKind.Morning, Utc(3, 15, 12), NewYork));
    }

    [Fact]
    public void A_digest_due_in_quiet_hours_waits_for_their_end_while_its_window_is_open()
    {
        // Quiet until 10:00 local: the morning briefing goes at 10, not 8.
        Assert.Null(DigestSchedule.Due(DigestKind.Morning, Utc(1, 15, 7), Berlin, quietStart: 22, quietEnd: 10));
        Assert.Null(DigestSchedule.Due(DigestKind.Morning, Utc(1, 15, 8), Berlin, quietStart: 22, quietEnd: 10));
        Assert.NotNull(DigestSchedule.Due(DigestKind.Morning, Utc(1, 15, 9), Berlin, quietStart: 22, quietEnd: 10));
        // Quiet from 20:00 to midnight swallows the whole evening window: no evening summary that day.
        Assert.All(Enumerable.Range(19, 4), h => Assert.Null(DigestSchedule.Due(DigestKind.Evening, Utc(1, 15, h), Berlin, quietStart: 20, quietEnd: 0)));
    }

    [Fact]
    public void Only_the_kinds_the_user_has_on_are_due()
    {
        Assert.Empty(DigestSchedule.DueNow(Utc(1, 15, 7), Berlin, morning: false, evening: true, null, null));
        Assert.Single(DigestSchedule.DueNow(Utc(1, 15, 7), Berlin, morning: true, evening: true, null, null));
    }
}
