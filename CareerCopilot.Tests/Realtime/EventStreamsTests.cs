using System.Net;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Realtime;

public sealed class EventStreamsTests(LiveAppFactory app) : IClassFixture<LiveAppFactory>
{
    private UserEventHub Hub => app.Services.GetRequiredService<UserEventHub>();

    private async Task<(HttpClient Client, int UserId)> SignedInAsync()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        using var scope = app.Services.CreateScope();
        return (client, scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Single(u => u.Email == email).Id);
    }

    [Fact]
    public async Task The_signed_in_browser_hears_its_own_users_events_and_no_one_elses()
    {
        var (browser, userId) = await SignedInAsync();
        var (_, otherId) = await SignedInAsync();
        await using var stream = await SseStream.OpenAsync(browser, "/events");

        Hub.Publish(otherId, UserEvent.ForJob(99));
        Hub.Publish(userId, UserEvent.ForMatch(7, 91));
        var message = await stream.NextEventAsync();

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("match_alert", message!.Event);
        Assert.Equal("""{"job_id":7,"match_score":91}""", message.Data);
        Assert.NotNull(message.Id);
    }

    [Fact]
    public async Task The_stream_starts_after_the_id_the_page_was_drawn_with_so_nothing_between_is_lost()
    {
        var (browser, userId) = await SignedInAsync();
        var drawnAt = Hub.LastId;
        Hub.Publish(userId, UserEvent.ForJob(5));

        await using var stream = await SseStream.OpenAsync(browser, $"/events?after={drawnAt}");
        var message = await stream.NextEventAsync();

        Assert.Equal(5, message!.Json.GetProperty("job_id").GetInt32());
    }

    [Fact]
    public async Task Not_signed_in_the_stream_and_its_polling_answer_401_rather_than_a_sign_in_page()
    {
        var anonymous = app.Browser();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/events/recent?after=0")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_users_open_streams_and_a_reconnect_is_refused()
    {
        var (browser, userId) = await SignedInAsync();
        await using var stream = await SseStream.OpenAsync(browser, "/events");
        Assert.Equal(1, Hub.OpenStreamsOf(userId));

        var home = await browser.GetDocumentAsync("/");
        await browser.SubmitAsync(home.Form("form[action='/account/logout']"), []);
        var ended = await ReadToEndAsync(stream);

        Assert.True(ended);
        Assert.Equal(0, Hub.OpenStreamsOf(userId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/events")).StatusCode);
    }

    [Fact]
    public async Task A_browser_past_its_stream_limit_gets_429_and_a_closed_stream_frees_its_place()
    {
        var (browser, userId) = await SignedInAsync();
        var open = new List<SseStream>();
        for (var i = 0; i < LiveAppFactory.MaxStreams; i++) open.Add(await SseStream.OpenAsync(browser, "/events"));

        var refused = await browser.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        await open[0].DisposeAsync();
        await WaitForAsync(() => Hub.OpenStreamsOf(userId) < LiveAppFactory.MaxStreams);
        await using var again = await SseStream.OpenAsync(browser, "/events");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        foreach (var stream in open.Skip(1)) await stream.DisposeAsync();
    }

    [Fact]
    public async Task The_polling_fallback_answers_the_same_events_in_snake_case()
    {
        var (browser, userId) = await SignedInAsync();
        var from = JsonDocument.Parse(await browser.GetStringAsync("/events/recent")).RootElement.GetProperty("last_id").GetInt64();
        Hub.Publish(userId, UserEvent.ForApplication(3, 4));

        var recent = JsonDocument.Parse(await browser.GetStringAsync($"/events/recent?after={from}")).RootElement;

        var only = Assert.Single(recent.GetProperty("events").EnumerateArray());
        Assert.Equal("application_changed", only.GetProperty("event").GetString());
        Assert.Equal(3, only.GetProperty("data").GetProperty("application_id").GetInt32());
        Assert.Equal(4, only.GetProperty("data").GetProperty("job_id").GetInt32());
        Assert.Equal(only.GetProperty("id").GetInt64(), recent.GetProperty("last_id").GetInt64());
    }

    /// <summary>Reads heartbeats until the server ends the stream: true when it did within a few seconds.</summary>
    private static async Task<bool> ReadToEndAsync(SseStream stream)
    {
        for (var i = 0; i < 5; i++)
            if (await stream.NextAsync(TimeSpan.FromSeconds(3)) is null) return true;
        return false;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
