using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Feedback;

/// <summary>Records and withdraws the user's feedback on a job; saying the same thing twice keeps one row.</summary>
public sealed class FeedbackService(AppDbContext db, TimeProvider clock)
{
    public async Task NotInterestedAsync(int userId, int jobId, CancellationToken ct)
    {
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.UserId == userId, ct)) throw new NotFoundException("Job");
        if (await db.JobFeedback.AnyAsync(f => f.UserId == userId && f.JobId == jobId && f.Kind == FeedbackKind.NotInterested, ct))
            return;
        db.JobFeedback.Add(new JobFeedback
        {
            UserId = userId, JobId = jobId, Kind = FeedbackKind.NotInterested, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second click raced the first one to the unique index: what it asked for is done.
            db.ChangeTracker.Clear();
            if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.UserId == userId, ct)) throw new NotFoundException("Job");
            if (!await db.JobFeedback.AnyAsync(f => f.UserId == userId && f.JobId == jobId && f.Kind == FeedbackKind.NotInterested, ct))
                throw;
        }
    }

    /// <summary>The jobs the user said "not interested" to, most recent first: where they can be brought back.</summary>
    public async Task<IReadOnlyList<HiddenJob>> HiddenAsync(int userId, CancellationToken ct) =>
        await db.JobFeedback.Where(f => f.UserId == userId && f.Kind == FeedbackKind.NotInterested)
            .Join(db.Jobs.Where(j => j.UserId == userId), f => f.JobId, j => j.Id, (f, j) => new { f.CreatedAt, j.Id, j.Company, j.Title })
            .OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id)
            .Select(x => new HiddenJob(x.Id, x.Company, x.Title))
            .ToListAsync(ct);

    public async Task UndoNotInterestedAsync(int userId, int jobId, CancellationToken ct)
    {
        var rows = await db.JobFeedback
            .Where(f => f.UserId == userId && f.JobId == jobId && f.Kind == FeedbackKind.NotInterested).ToListAsync(ct);
        db.JobFeedback.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A job hidden from the recommendations, as the list of hidden jobs shows it.</summary>
public sealed record HiddenJob(int Id, string Company, string Title);
