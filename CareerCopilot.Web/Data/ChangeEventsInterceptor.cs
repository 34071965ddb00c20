using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CareerCopilot.Web.Data;

/// <summary>
/// Tells the user's live clients about every saved change to their jobs and applications, whichever client made it
/// (<c>job_changed</c>, <c>application_changed</c>), and hands jobs that arrived by themselves (ingestion, import) to the
/// match alerts. It runs after the save's commit; a context made outside the app (a tool) has no one to tell.
/// </summary>
internal sealed class ChangeEventsInterceptor : SaveChangesInterceptor
{
    public static readonly ChangeEventsInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Before the save: the entries to report, as the entities themselves, since added rows get their ids only on save.</summary>
    private static void Collect(DbContext? context)
    {
        if (context is not AppDbContext db) return;
        db.PendingChanges = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Job or Application)
            .Select(e => new PendingChange(e.Entity, e.State == EntityState.Added))
            .ToList();
    }

    private static void Publish(DbContext? context)
    {
        if (context is not AppDbContext { PendingChanges: { Count: > 0 } changes } db) return;
        db.PendingChanges = null;
        var services = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (services?.GetService<IUserEvents>() is not { } events) return;
        foreach (var change in changes)
        {
            if (change.Entity is Job job) events.Publish(job.UserId, UserEvent.ForJob(job.Id));
            else if (change.Entity is Application application)
                events.Publish(application.UserId, UserEvent.ForApplication(application.Id, application.JobId));
        }
        if (services.GetService<IMatchAlerts>() is not { } alerts) return;
        foreach (var arrived in changes.Where(c => c.Added && c.Entity is Job { Source: not JobSource.Manual })
                     .Select(c => (Job)c.Entity).GroupBy(j => j.UserId))
            alerts.JobsArrived(arrived.Key, arrived.Select(j => j.Id).ToList());
    }

    private static void Forget(DbContext? context)
    {
        if (context is AppDbContext db) db.PendingChanges = null;
    }
}

/// <summary>A job or application a save in flight writes, and whether it is new.</summary>
internal sealed record PendingChange(object Entity, bool Added);
