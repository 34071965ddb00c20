using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Tests.Domain.Profiles;

public sealed class TimeZonesTests
{
    [Fact]
    public void A_moment_falls_on_the_users_local_date()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 27), TimeZones.DateOf("Europe/Berlin", lateEvening));
        Assert.Equal(new DateOnly(2026, 11, 26), TimeZones.DateOf("America/New_York", lateEvening));
        Assert.Equal(new DateOnly(2026, 11, 26), TimeZones.DateOf("Not/AZone", lateEvening));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    public void Only_iana_zones_are_found(string id, bool found) => Assert.Equal(found, TimeZones.TryFind(id, out _));

    [Fact]
    public void A_wall_clock_time_becomes_utc_in_its_zone_across_daylight_saving()
    {
        Assert.Equal(new DateTime(2026, 12, 10, 13, 30, 0, DateTimeKind.Utc), TimeZones.ToUtc("Europe/Berlin", new DateTime(2026, 12, 10, 14, 30, 0)));
        Assert.Equal(new DateTime(2026, 7, 10, 12, 30, 0, DateTimeKind.Utc), TimeZones.ToUtc("Europe/Berlin", new DateTime(2026, 7, 10, 14, 30, 0)));
        Assert.Equal(new DateTime(2026, 12, 10, 14, 30, 0, DateTimeKind.Utc), TimeZones.ToUtc(null, new DateTime(2026, 12, 10, 14, 30, 0)));
        // 29 March 2026, 02:30 does not exist in Berlin (the clocks jump from 02:00 to 03:00).
        Assert.Null(TimeZones.ToUtc("Europe/Berlin", new DateTime(2026, 3, 29, 2, 30, 0)));
        // 25 October 2026, 02:30 happens twice; the first, still summer time (+02:00), is meant.
        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), TimeZones.ToUtc("Europe/Berlin", new DateTime(2026, 10, 25, 2, 30, 0)));
    }
}
