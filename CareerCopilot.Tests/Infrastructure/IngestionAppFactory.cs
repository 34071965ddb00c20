using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>
/// The app with every job board pointed at one fake board on loopback, retries quick, and helpers to subscribe users,
/// run ingestion and wait for it.
/// </summary>
public class IngestionAppFactory : AppFactory, IAsyncLifetime
{
    public FakeJobBoard Board { get; private set; } = null!;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Fetch:AllowPrivateNetworks"] = "true";
            settings["Coravel:Queue:ConsummationDelay"] = "1";
            settings["Ingestion:PerHostDelay"] = "00:00:00";
            settings["Ingestion:RetryDelay"] = "00:00:00.050";
            settings["Ingestion:RequestTimeout"] = "00:00:02";
            settings["Ingestion:MaxRetries"] = "2";
            settings["Ingestion:MaxResponseBytes"] = "1048576";
            foreach (var board in BoardCatalogue.All) settings[$"Sources:{board.ConfigName}:BaseUrl"] = Board.BaseUrl;
            return settings;
        }
    }

    public async Task InitializeAsync() => Board = await FakeJobBoard.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Board.DisposeAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<Source> SubscribeAsync(int userId, BoardType type, string? key = null, string? query = null, string? location = null) =>
        await WithDbAsync(async db =>
        {
            var source = new Source
            {
                UserId = userId, Type = type, Key = key ?? "", Query = query ?? "", Location = location ?? "", CreatedAt = Clock.GetUtcNow().UtcDateTime,
            };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            return source;
        });

    /// <summary>Runs a user's sources (or everyone's, with no user) to the end, in this call, as the queue would.</summary>
    public async Task<IngestionRun> RunAsync(int? userId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        var run = userId is { } id
            ? await WithDbAsync(async db =>
            {
                var row = new IngestionRun { UserId = id, Trigger = IngestionTrigger.Manual, Status = IngestionStatus.Queued, QueuedAt = Clock.GetUtcNow().UtcDateTime };
                db.IngestionRuns.Add(row);
                await db.SaveChangesAsync();
                return row;
            })
            : await ingestion.QueueNightlyRunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IngestionRunner>().ExecuteAsync(run.Id, CancellationToken.None);
        return await WithDbAsync(db => db.IngestionRuns.AsNoTracking().Include(r => r.Sources).SingleAsync(r => r.Id == run.Id));
    }
}
