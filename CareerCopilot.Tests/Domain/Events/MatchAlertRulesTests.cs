using CareerCopilot.Web.Domain.Events;

namespace CareerCopilot.Tests.Domain.Events;

public sealed class MatchAlertRulesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static AlertSettings Settings(int min = 80, string zone = "UTC", int? start = null, int? end = null) => new(min, zone, start, end);

    private static int[] JobIds(IReadOnlyList<UserEvent> alerts) => alerts.Select(a => ((MatchAlertData)a.Data).JobId).ToArray();

    [Fact]
    public void Only_jobs_at_or_above_the_users_threshold_raise_an_alert()
    {
        var alerts = MatchAlertRules.Alerts(Settings(min: 80), [new(1, 79), new(2, 80), new(3, 95)], Noon);

        Assert.Equal([3, 2], JobIds(alerts));
        Assert.All(alerts, a => Assert.Equal(UserEvent.MatchAlert, a.Name));
        Assert.Equal(95, ((MatchAlertData)alerts[0].Data).MatchScore);
    }

    [Fact]
    public void A_big_batch_raises_at_most_five_alerts_the_best_first()
    {
        var arrivals = Enumerable.Range(1, 40).Select(i => new ScoredArrival(i, 60 + i));

        var alerts = MatchAlertRules.Alerts(Settings(min: 70), arrivals, Noon);

        Assert.Equal(MatchAlertRules.MaxPerBatch, alerts.Count);
        Assert.Equal([40, 39, 38, 37, 36], JobIds(alerts));
    }

    [Fact]
    public void Equal_scores_are_told_in_the_order_the_jobs_arrived()
    {
        var alerts = MatchAlertRules.Alerts(Settings(), [new(9, 90), new(4, 90)], Noon);

        Assert.Equal([4, 9], JobIds(alerts));
    }

    [Fact]
    public void Nothing_is_raised_in_the_users_quiet_hours_read_on_their_own_clock()
    {
        // 12:00 UTC is 21:00 in Tokyo: inside 20–23 there, outside it in UTC.
        var tokyo = Settings(zone: "Asia/Tokyo", start: 20, end: 23);
        var utc = Settings(zone: "UTC", start: 20, end: 23);

        Assert.Empty(MatchAlertRules.Alerts(tokyo, [new(1, 99)], Noon));
        Assert.Single(MatchAlertRules.Alerts(utc, [new(1, 99)], Noon));
    }

    [Fact]
    public void Quiet_hours_follow_daylight_saving_in_the_users_zone()
    {
        // Berlin is UTC+2 in summer and UTC+1 in winter: 05:30 UTC is 07:30 then and 06:30 now, around a 22–7 night.
        var berlin = Settings(zone: "Europe/Berlin", start: 22, end: 7);

        Assert.False(MatchAlertRules.IsQuiet(berlin, new DateTimeOffset(2026, 7, 1, 5, 30, 0, TimeSpan.Zero)));
        Assert.True(MatchAlertRules.IsQuiet(berlin, new DateTimeOffset(2026, 12, 1, 5, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_unknown_time_zone_is_read_as_utc()
    {
        var unknown = Settings(zone: "Nowhere/Special", start: 11, end: 13);

        Assert.True(MatchAlertRules.IsQuiet(unknown, Noon));
    }
}
