using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// Runs of ingestion as a user sees them: asking for one (a row first, then the queue, so a restart loses nothing) and
/// reading where it stands.
/// </summary>
public sealed class IngestionService(AppDbContext db, IIngestionDispatcher dispatcher, IUserEvents events, TimeProvider clock)
{
    /// <summary>
    /// The least time between two runs a user asks for: each reads every board they follow, and the boards are not to be
    /// hammered through this server by a button held down or a script in a loop.
    /// </summary>
    public static readonly TimeSpan ManualRunInterval = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Queues a run of the user's enabled sources that adds jobs for that user; while one of theirs is queued or running,
    /// that one is the answer rather than a second.
    /// </summary>
    public async Task<IngestionRun> QueueUserRunAsync(int userId, CancellationToken ct)
    {
        var active = await db.IngestionRuns.AsNoTracking().Include(r => r.Sources)
            .Where(r => r.UserId == userId && (r.Status == IngestionStatus.Queued || r.Status == IngestionStatus.Running))
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (active is not null) return active;
        var now = clock.GetUtcNow().UtcDateTime;
        var last = await db.IngestionRuns.Where(r => r.UserId == userId).MaxAsync(r => (DateTime?)r.QueuedAt, ct);
        if (last + ManualRunInterval is { } next && next > now)
        {
            var wait = next - now;
            throw new TooSoonException($"Your sources were read moments ago; run them again in {Math.Ceiling(wait.TotalSeconds):0} seconds.", wait);
        }
        var run = new IngestionRun
        {
            UserId = userId, Trigger = IngestionTrigger.Manual, Status = IngestionStatus.Queued, QueuedAt = now,
        };
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync(ct);
        events.Publish(userId, UserEvent.ForRun(run.Id, SnakeCase.Name(run.Status)));
        dispatcher.Dispatch(run.Id);
        return run;
    }

    /// <summary>The nightly run's row: everyone's enabled sources, carried out by the caller.</summary>
    public async Task<IngestionRun> QueueNightlyRunAsync(CancellationToken ct)
    {
        var run = new IngestionRun { Trigger = IngestionTrigger.Nightly, Status = IngestionStatus.Queued, QueuedAt = clock.GetUtcNow().UtcDateTime };
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync(ct);
        foreach (var userId in await db.Sources.Where(s => s.Enabled).Select(s => s.UserId).Distinct().ToListAsync(ct))
            events.Publish(userId, UserEvent.ForRun(run.Id, SnakeCase.Name(run.Status)));
        return run;
    }

    /// <summary>Runs a stop left queued or running, oldest first.</summary>
    public async Task<IReadOnlyList<int>> UnfinishedRunIdsAsync(CancellationToken ct) =>
        await db.IngestionRuns.Where(r => r.Status == IngestionStatus.Queued || r.Status == IngestionStatus.Running)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);

    /// <summary>One of the user's runs with its per-source results.</summary>
    public async Task<IngestionRun> GetRunAsync(int userId, int runId, CancellationToken ct) =>
        await db.IngestionRuns.AsNoTracking().Include(r => r.Sources.OrderBy(s => s.Id))
            .SingleOrDefaultAsync(r => r.Id == runId && r.UserId == userId, ct)
        ?? throw new NotFoundException("Run");

    /// <summary>Any run, the nightly ones too: for the operator's tools, never for a user's request.</summary>
    public async Task<IngestionRun> GetAnyRunAsync(int runId, CancellationToken ct) =>
        await db.IngestionRuns.AsNoTracking().Include(r => r.Sources.OrderBy(s => s.Id)).SingleOrDefaultAsync(r => r.Id == runId, ct)
        ?? throw new NotFoundException("Run");

    /// <summary>The user's latest runs, newest first.</summary>
    public async Task<IReadOnlyList<IngestionRun>> RecentRunsAsync(int userId, int count, CancellationToken ct) =>
        await db.IngestionRuns.AsNoTracking().Include(r => r.Sources.OrderBy(s => s.Id))
            .Where(r => r.UserId == userId).OrderByDescending(r => r.Id).Take(count).ToListAsync(ct);
}
