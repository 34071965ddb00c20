using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>Rows a run would write, put straight into the app's database: what a finished run leaves behind.</summary>
public static class IngestionRows
{
    public static async Task<int> UserIdAsync(this AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The jobs as if the source had brought them.</summary>
    public static async Task AttributeJobsAsync(this AppFactory app, int sourceId, params int[] jobIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var job in await db.Jobs.Where(j => jobIds.Contains(j.Id)).ToListAsync()) job.SourceId = sourceId;
        await db.SaveChangesAsync();
    }

    /// <summary>A run of the user's, with its board queries, as the runner leaves it; the sources' last-run columns too.</summary>
    public static async Task<int> AddRunAsync(this AppFactory app, int userId, IngestionStatus status, params IngestionRunSource[] sources)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var finished = status is not (IngestionStatus.Queued or IngestionStatus.Running);
        var run = new IngestionRun
        {
            UserId = userId, Trigger = IngestionTrigger.Manual, Status = status, QueuedAt = now.AddMinutes(-2),
            StartedAt = status == IngestionStatus.Queued ? null : now.AddMinutes(-1), FinishedAt = finished ? now : null,
            JobsAdded = sources.Sum(s => s.JobsAdded), Sources = [.. sources],
        };
        db.IngestionRuns.Add(run);
        if (finished)
            foreach (var source in await db.Sources.Where(s => s.UserId == userId).ToListAsync())
                if (sources.FirstOrDefault(r => r.Asks(source)) is { } read)
                {
                    source.LastRunAt = now;
                    source.LastRunStatus = read.Status;
                    source.LastRunJobsAdded = read.JobsAdded;
                    source.LastRunError = read.Error;
                }
        await db.SaveChangesAsync();
        return run.Id;
    }
}
