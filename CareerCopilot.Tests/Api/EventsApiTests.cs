using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class EventsApiTests(LiveAppFactory app) : IClassFixture<LiveAppFactory>
{
    [Fact]
    public async Task A_change_made_by_any_client_reaches_the_token_users_stream_as_a_named_event_with_snake_case_json_and_an_id()
    {
        var api = await app.ApiAsync();
        await using var stream = await SseStream.OpenAsync(api, "/api/v1/events");

        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var message = await stream.NextEventAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.True(stream.Response.Headers.CacheControl?.NoCache);
        Assert.Equal("no", stream.Response.Headers.GetValues("X-Accel-Buffering").Single());
        Assert.NotNull(message);
        Assert.Equal("job_changed", message.Event);
        Assert.Equal(jobId, message.Json.GetProperty("job_id").GetInt32());
        Assert.DoesNotContain('\n', message.Data);
        Assert.True(long.Parse(message.Id!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task A_client_that_reconnects_with_last_event_id_gets_what_it_missed_and_nothing_it_had()
    {
        var api = await app.ApiAsync();
        string seen;
        await using (var first = await SseStream.OpenAsync(api, "/api/v1/events"))
        {
            await CreateJobAsync(api, new { company = "Seen", title = "Engineer" });
            seen = (await first.NextEventAsync())!.Id!;
        }
        var missed = await CreateJobAsync(api, new { company = "Missed", title = "Engineer" });

        await using var again = await SseStream.OpenAsync(api, "/api/v1/events", lastEventId: seen);
        var replayed = await again.NextEventAsync();

        Assert.Equal(missed, replayed!.Json.GetProperty("job_id").GetInt32());
        Assert.True(long.Parse(replayed.Id!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(seen, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_quiet_stream_carries_a_heartbeat_event_without_an_id()
    {
        var api = await app.ApiAsync();
        await using var stream = await SseStream.OpenAsync(api, "/api/v1/events");

        var beat = await stream.NextAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("heartbeat", beat!.Event);
        Assert.Equal("{}", beat.Data);
        Assert.Null(beat.Id);
    }

    [Fact]
    public async Task A_stream_without_a_token_is_refused_with_401_problem_details()
    {
        var anonymous = app.CreateClient();

        var stream = await anonymous.GetAsync("/api/v1/events");
        var recent = await anonymous.GetAsync("/api/v1/events/recent?after=0");

        await ProblemAsync(stream, HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAsync(recent, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_user_may_hold_only_so_many_streams_and_one_more_is_refused_with_429()
    {
        var api = await app.ApiAsync();
        var open = new List<SseStream>();
        try
        {
            for (var i = 0; i < LiveAppFactory.MaxStreams; i++) open.Add(await SseStream.OpenAsync(api, "/api/v1/events"));
            var refused = await api.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead);
            var other = await SseStream.OpenAsync(await app.ApiAsync(), "/api/v1/events");
            open.Add(other);

            Assert.All(open, s => Assert.Equal(HttpStatusCode.OK, s.Response.StatusCode));
            await ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        }
        finally
        {
            foreach (var stream in open) await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_full_personal_token_opens_the_stream_and_a_bookmarklet_token_is_refused()
    {
        var api = await app.ApiAsync();
        var personal = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name = "Script" }), HttpStatusCode.Created))
            .GetProperty("token").GetString()!;
        var email = (await JsonAsync(await api.GetAsync("/api/v1/profile"))).GetProperty("email").GetString();
        string bookmarklet;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareerCopilot.Web.Data.AppDbContext>();
            var userId = db.Users.Single(u => u.Email == email).Id;
            bookmarklet = (await scope.ServiceProvider.GetRequiredService<PersonalTokenService>()
                .CreateAsync(userId, "Bookmarklet", CancellationToken.None, TokenScope.ImportOnly)).Token;
        }

        await using var byToken = await SseStream.OpenAsync(Bearer(personal), "/api/v1/events");
        var refused = await Bearer(bookmarklet).GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead);
        var refusedPolling = await Bearer(bookmarklet).GetAsync("/api/v1/events/recent?after=0");

        Assert.Equal(HttpStatusCode.OK, byToken.Response.StatusCode);
        await ProblemAsync(refused, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(refusedPolling, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_script_that_polls_gets_the_events_after_the_id_it_gives_and_the_id_to_give_next()
    {
        var api = await app.ApiAsync();
        var start = await JsonAsync(await api.GetAsync("/api/v1/events/recent"));
        var from = start.GetProperty("last_id").GetInt64();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });

        var recent = await JsonAsync(await api.GetAsync($"/api/v1/events/recent?after={from}"));
        var next = await JsonAsync(await api.GetAsync($"/api/v1/events/recent?after={recent.GetProperty("last_id").GetInt64()}"));

        Assert.Empty(start.GetProperty("events").EnumerateArray());
        var only = Assert.Single(recent.GetProperty("events").EnumerateArray());
        Assert.Equal("job_changed", only.GetProperty("event").GetString());
        Assert.Equal(jobId, only.GetProperty("data").GetProperty("job_id").GetInt32());
        Assert.True(only.GetProperty("id").GetInt64() > from);
        Assert.Empty(next.GetProperty("events").EnumerateArray());
    }

    private HttpClient Bearer(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
