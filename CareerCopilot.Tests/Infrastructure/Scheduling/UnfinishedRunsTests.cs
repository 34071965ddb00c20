using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCopilot.Tests.Infrastructure.Scheduling;

public sealed class UnfinishedRunsTests : IAsyncLifetime
{
    private readonly IngestionAppFactory app = new();

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        app.Board.Serve("/v1/boards/acme/jobs", "greenhouse/acme.json");
        app.Board.Serve("/v1/boards/globex/jobs", "greenhouse/jobs.json");
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task A_run_a_stop_left_running_carries_on_at_start_without_reading_again_what_it_had_read()
    {
        var email = app.NewEmail();
        await app.ApiAsync(email);
        var userId = await app.UserIdAsync(email);
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "globex");
        // As a stop left it: started, acme read (nothing found), globex not yet.
        var runId = await app.WithDbAsync(async db =>
        {
            var run = new IngestionRun
            {
                UserId = userId, Trigger = IngestionTrigger.Manual, Status = IngestionStatus.Running,
                QueuedAt = DateTime.UtcNow, StartedAt = DateTime.UtcNow,
                Sources =
                [
                    new() { Type = BoardType.Greenhouse, Key = "acme", Status = IngestionStatus.Succeeded, FinishedAt = DateTime.UtcNow },
                    new() { Type = BoardType.Greenhouse, Key = "globex", Status = IngestionStatus.Running },
                ],
            };
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });

        await app.Services.GetServices<IHostedService>().OfType<UnfinishedRuns>().Single().StartAsync(CancellationToken.None);

        IngestionRun? finished = null;
        for (var i = 0; i < 100 && finished?.Status is null or IngestionStatus.Running or IngestionStatus.Queued; i++)
        {
            await Task.Delay(200);
            finished = await app.WithDbAsync(db => db.IngestionRuns.AsNoTracking().Include(r => r.Sources).SingleAsync(r => r.Id == runId));
        }
        Assert.Equal(IngestionStatus.Succeeded, finished!.Status);
        Assert.Equal(0, app.Board.Count("/v1/boards/acme/jobs"));
        Assert.Equal(1, app.Board.Count("/v1/boards/globex/jobs"));
        Assert.Equal(2, finished.Sources.Count);
        Assert.True(finished.JobsAdded > 0);
    }
}
