using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Realtime;
using Microsoft.Extensions.Time.Testing;

namespace CareerCopilot.Tests.Realtime;

public sealed class UserEventHubTests
{
    private readonly UserEventHub hub = new(TimeProvider.System);

    private static List<NumberedEvent> Drain(UserEventHub.Subscription subscription)
    {
        var events = new List<NumberedEvent>();
        while (subscription.Reader.TryRead(out var e)) events.Add(e);
        return events;
    }

    [Fact]
    public void Each_of_the_users_streams_hears_each_event_and_other_users_hear_nothing()
    {
        using var tab = hub.Subscribe(1);
        using var phone = hub.Subscribe(1);
        using var other = hub.Subscribe(2);

        hub.Publish(1, UserEvent.ForJob(7));

        Assert.Equal(UserEvent.ForJob(7), Assert.Single(Drain(tab)).Event);
        Assert.Equal(UserEvent.ForJob(7), Assert.Single(Drain(phone)).Event);
        Assert.Empty(Drain(other));
    }

    [Fact]
    public void A_stream_opened_after_an_id_first_gets_what_it_missed()
    {
        hub.Publish(1, UserEvent.ForJob(1));
        hub.Publish(1, UserEvent.ForJob(2));
        hub.Publish(1, UserEvent.ForJob(3));
        var (all, last) = hub.Since(1, 0);
        Assert.Equal(3, all.Count);

        using var reconnected = hub.Subscribe(1, afterId: all[0].Id);

        Assert.Equal([UserEvent.ForJob(2), UserEvent.ForJob(3)], Drain(reconnected).Select(e => e.Event));
        Assert.Equal(all[^1].Id, last);
    }

    [Fact]
    public void Only_the_newest_events_are_kept_for_reconnects()
    {
        for (var i = 0; i < UserEventHub.RecentKept + 10; i++) hub.Publish(1, UserEvent.ForJob(i));

        var (kept, _) = hub.Since(1, 0);

        Assert.Equal(UserEventHub.RecentKept, kept.Count);
        Assert.Equal(UserEvent.ForJob(UserEventHub.RecentKept + 9), kept[^1].Event);
    }

    [Fact]
    public async Task Closing_a_users_streams_ends_them_and_shutdown_ends_every_stream()
    {
        using var first = hub.Subscribe(1);
        using var second = hub.Subscribe(2);

        hub.EndStreams(1);
        Assert.False(await first.Reader.WaitToReadAsync());
        Assert.Equal(1, hub.OpenStreams);

        hub.CloseEverything();
        Assert.False(await second.Reader.WaitToReadAsync());
        using var late = hub.Subscribe(3);
        Assert.False(await late.Reader.WaitToReadAsync());
        Assert.Equal(0, hub.OpenStreams);
    }

    [Fact]
    public void A_restarted_hub_numbers_its_events_above_those_of_the_one_before()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var before = new UserEventHub(clock);
        for (var i = 0; i < 1000; i++) before.Publish(1, UserEvent.ForJob(i));
        var lastSeen = before.Since(1, 0).LastId;

        clock.Advance(TimeSpan.FromSeconds(2));
        var restarted = new UserEventHub(clock);
        restarted.Publish(1, UserEvent.ForJob(1));

        Assert.True(restarted.Since(1, 0).Events.Single().Id > lastSeen);
    }

    [Fact]
    public void A_disposed_stream_is_no_longer_counted()
    {
        var stream = hub.Subscribe(1);
        Assert.Equal(1, hub.OpenStreams);
        stream.Dispose();
        Assert.Equal(0, hub.OpenStreams);
    }
}
