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
}
