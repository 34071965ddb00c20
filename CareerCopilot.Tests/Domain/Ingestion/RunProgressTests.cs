using System.Net;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Domain.Ingestion;

public sealed class RunProgressTests : IAsyncLifetime
{
    private readonly IngestionAppFactory app = new();

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        app.Board.Serve("/v1/boards/acme/jobs", "greenhouse/acme.json");
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();

    private UserEventHub Hub => app.Services.GetRequiredService<UserEventHub>();

    [Fact]
    public async Task Run_now_tells_the_user_who_started_it_each_status_it_passes_through()
    {
        var email = app.NewEmail();
        var api = await app.ApiAsync(email);
        await app.SubscribeAsync(await app.UserIdAsync(email), BoardType.Greenhouse, "acme");
        await using var stream = await SseStream.OpenAsync(api, "/api/v1/events");

        var runId = (await JsonAsync(await api.PostAsync("/api/v1/ingestion/runs", null), HttpStatusCode.Accepted)).GetProperty("id").GetInt32();
        var statuses = new List<string>();
        while (statuses.Count == 0 || statuses[^1] is "queued" or "running")
        {
            var message = await stream.NextEventAsync(TimeSpan.FromSeconds(30));
            Assert.NotNull(message);
            if (message.Event != UserEvent.RunProgress) continue;
            Assert.Equal(runId, message.Json.GetProperty("run_id").GetInt32());
            statuses.Add(message.Json.GetProperty("status").GetString()!);
        }

        Assert.Equal(["queued", "running", "succeeded"], statuses);
    }

    [Fact]
    public async Task The_nightly_run_tells_the_users_whose_sources_it_reads_and_no_one_else()
    {
        var reader = await app.UserIdAsync(await SignedUpAsync());
        var another = await app.UserIdAsync(await SignedUpAsync());
        var bystander = await app.UserIdAsync(await SignedUpAsync());
        await app.SubscribeAsync(reader, BoardType.Greenhouse, "acme");
        await app.SubscribeAsync(another, BoardType.Greenhouse, "acme");
        var from = Hub.LastId;

        var run = await app.RunAsync();

        foreach (var user in new[] { reader, another })
            Assert.Equal(["queued", "running", "succeeded"], Progress(user, from, run.Id));
        Assert.Empty(Progress(bystander, from, run.Id));
    }

    private async Task<string> SignedUpAsync()
    {
        var email = app.NewEmail();
        await app.ApiAsync(email);
        return email;
    }

    private string[] Progress(int userId, long from, int runId) =>
        Hub.Since(userId, from).Events.Where(e => e.Event.Data is RunProgressData d && d.RunId == runId)
            .Select(e => ((RunProgressData)e.Event.Data).Status).ToArray();
}
