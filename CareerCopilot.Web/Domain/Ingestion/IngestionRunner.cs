using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// Carries out a queued run: reads each board query its sources ask (once, however many subscribe), a few at a time;
/// stores and de-duplicates what came back; then gives each subscriber what fits them. Every step is written down as it
/// ends, so a run cut short by a restart carries on from where it stood: a query already read is not read again, and
/// giving is safe to repeat (nothing is given twice).
/// </summary>
public sealed partial class IngestionRunner(
    AppDbContext db, IEnumerable<IJobBoard> boards, PostingRules rules, PostingStore store, FanOut fanOut, IUserEvents events, TimeProvider clock,
    IOptions<RunOptions> options, ILogger<IngestionRunner> log) : IDisposable
{
    private readonly Dictionary<BoardType, IJobBoard> adapters = boards.ToDictionary(b => b.Type);
    private readonly SemaphoreSlim storing = new(1, 1);

    public async Task ExecuteAsync(int runId, CancellationToken ct)
    {
        var run = await db.IngestionRuns.Include(r => r.Sources).SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.Status is not (IngestionStatus.Queued or IngestionStatus.Running)) return;
        run.Status = IngestionStatus.Running;
        run.StartedAt ??= Now;

        var subscriptions = await SubscriptionsAsync(run, ct);
        foreach (var query in subscriptions.Select(Ask).Distinct())
            if (!run.Sources.Any(s => s.Type == query.Type && s.Key == query.Key && s.Query == query.Query && s.Location == query.Location))
                run.Sources.Add(new IngestionRunSource
                {
                    Type = query.Type, Key = query.Key, Query = query.Query, Location = query.Location, Status = IngestionStatus.Queued,
                });
        await db.SaveChangesAsync(ct);
        Tell(run, subscriptions);

        var pending = run.Sources.Where(s => s.Status is IngestionStatus.Queued or IngestionStatus.Running).ToList();
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = ct },
            async (reading, token) => await ReadAsync(reading, token));

        foreach (var reading in run.Sources.Where(s => s.Status == IngestionStatus.Succeeded))
        {
            reading.JobsAdded = 0;
            foreach (var source in subscriptions.Where(reading.Asks))
            {
                var added = await fanOut.DeliverAsync(source, reading.PostingIds, ct);
                reading.JobsAdded += added;
                if (added > 0) LogAdded(source.UserId, added, BoardCatalogue.Of(source.Type).DisplayName);
            }
        }
        await RecordOnSourcesAsync(run, subscriptions, ct);
        run.JobsAdded = run.Sources.Sum(s => s.JobsAdded);
        run.Status = run.Sources.Count == 0 || run.Sources.All(s => s.Status == IngestionStatus.Succeeded) ? IngestionStatus.Succeeded
            : run.Sources.Any(s => s.Status == IngestionStatus.Succeeded) ? IngestionStatus.PartiallyFailed : IngestionStatus.Failed;
        run.FinishedAt = Now;
        await db.SaveChangesAsync(ct);
        Tell(run, subscriptions);
    }

    /// <summary><c>run_progress</c> to the users the run concerns: who started it, or everyone whose sources it reads.</summary>
    private void Tell(IngestionRun run, List<Source> subscriptions)
    {
        var progress = UserEvent.ForRun(run.Id, SnakeCase.Name(run.Status));
        foreach (var userId in run.UserId is { } starter ? [starter] : subscriptions.Select(s => s.UserId).Distinct())
            events.Publish(userId, progress);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static (BoardType Type, string Key, string Query, string Location) Ask(Source s) => (s.Type, s.Key, s.Query, s.Location);

    /// <summary>A user's run reads that user's enabled sources; the nightly run everyone's.</summary>
    private async Task<List<Source>> SubscriptionsAsync(IngestionRun run, CancellationToken ct)
    {
        var sources = db.Sources.Where(s => s.Enabled);
        if (run.UserId is { } userId) sources = sources.Where(s => s.UserId == userId);
        return await sources.OrderBy(s => s.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Reads one board query (or takes the last reading, for a board that asks not to be read again so soon) and stores
    /// what it found; a board that fails is that query's error, and the others go on.
    /// </summary>
    private async Task ReadAsync(IngestionRunSource reading, CancellationToken ct)
    {
        var board = BoardCatalogue.Of(reading.Type);
        try
        {
            if (await RecentReadingAsync(reading, board, ct) is { } recent)
            {
                await RecordAsync(reading, r =>
                {
                    r.PostingIds = recent.PostingIds;
                    r.Status = IngestionStatus.Succeeded;
                }, ct);
                return;
            }
            var fetch = await adapters[reading.Type].FetchAsync(reading.AsQuery(), ct);
            var postings = fetch.Postings.Select(rules.Complete).OfType<NormalisedPosting>().ToList();
            await RecordAsync(reading, r =>
            {
                r.Fetched = fetch.Postings.Count + fetch.Skipped;
                r.Skipped = fetch.Skipped + fetch.Postings.Count - postings.Count;
            }, ct, async () =>
            {
                var stored = await store.StoreAsync(postings, ct);
                reading.PostingIds = stored.PostingIds.ToList();
                reading.NewPostings = stored.New;
                reading.Duplicates = stored.Duplicates;
                reading.Status = IngestionStatus.Succeeded;
            });
        }
        catch (BoardFetchException e)
        {
            await FailAsync(reading, e.Message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(e, board.DisplayName, reading.Key);
            await FailAsync(reading, $"{board.DisplayName} could not be read: an unexpected error, written to the server's log.", ct);
        }
    }

    private async Task<IngestionRunSource?> RecentReadingAsync(IngestionRunSource reading, Board board, CancellationToken ct)
    {
        if (board.MinRefresh <= TimeSpan.Zero) return null;
        var since = Now - board.MinRefresh;
        await storing.WaitAsync(ct);
        try
        {
            return await db.IngestionRunSources.AsNoTracking()
                .Where(s => s.Type == reading.Type && s.Key == reading.Key && s.Query == reading.Query && s.Location == reading.Location
                    && s.Status == IngestionStatus.Succeeded && s.Fetched > 0 && s.FinishedAt >= since && s.Id != reading.Id)
                .OrderByDescending(s => s.FinishedAt).FirstOrDefaultAsync(ct);
        }
        finally
        {
            storing.Release();
        }
    }

    private Task FailAsync(IngestionRunSource reading, string message, CancellationToken ct) => RecordAsync(reading, r =>
    {
        r.Status = IngestionStatus.Failed;
        r.Error = message.Length <= IngestionLimits.MaxErrorLength ? message : message[..IngestionLimits.MaxErrorLength];
    }, ct);

    /// <summary>Changes a reading's row and saves it, one reading at a time (the context is shared); optionally stores first.</summary>
    private async Task RecordAsync(IngestionRunSource reading, Action<IngestionRunSource> change, CancellationToken ct, Func<Task>? store = null)
    {
        await storing.WaitAsync(ct);
        try
        {
            change(reading);
            if (store is not null) await store();
            reading.FinishedAt = Now;
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            storing.Release();
        }
    }

    /// <summary>Each subscription's last run, as its source's row shows it.</summary>
    private async Task RecordOnSourcesAsync(IngestionRun run, List<Source> subscriptions, CancellationToken ct)
    {
        var jobsBySource = await db.Jobs.Where(j => j.SourceId != null && j.CreatedAt >= run.StartedAt && subscriptions.Select(s => s.Id).Contains(j.SourceId!.Value))
            .GroupBy(j => j.SourceId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        foreach (var source in subscriptions)
        {
            var reading = run.Sources.FirstOrDefault(r => r.Asks(source));
            if (reading is null) continue;
            source.LastRunAt = reading.FinishedAt ?? Now;
            source.LastRunStatus = reading.Status;
            source.LastRunError = reading.Error;
            source.LastRunJobsAdded = jobsBySource.GetValueOrDefault(source.Id);
        }
    }

    public void Dispose() => storing.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion added {Count} jobs for user {UserId} from {Board}")]
    private partial void LogAdded(int userId, int count, string board);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {Board} ({Key}) failed unexpectedly")]
    private partial void LogFailed(Exception error, string board, string key);
}
