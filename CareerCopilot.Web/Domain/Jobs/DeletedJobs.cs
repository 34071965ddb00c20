using System.Collections.Concurrent;
using CareerCopilot.Web.Domain.Feedback;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>A deleted job as it was, with its application, history and feedback: what an undo puts back.</summary>
public sealed record DeletedJob(Job Job, IReadOnlyList<JobFeedback> Feedback);

/// <summary>
/// Deleted jobs kept for a short grace period, in this instance's memory, so the toast's Undo can restore them. The
/// delete itself is real and immediate (every list, score and count sees it at once); only the copy waits here, under
/// a random token and the user's id, and is gone after the grace period or a restart.
/// </summary>
public sealed class DeletedJobs(TimeProvider clock)
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(int UserId, string Token), (DeletedJob Job, DateTimeOffset Until)> kept = new();

    public string Keep(int userId, DeletedJob job)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, value) in kept)
            if (value.Until <= now) kept.TryRemove(key, out _);
        var token = Guid.NewGuid().ToString("N");
        kept[(userId, token)] = (job, now + Grace);
        return token;
    }

    /// <summary>The job kept under this token for this user, once; null when there is none or its time is up.</summary>
    public DeletedJob? Take(int userId, string? token) =>
        token is not null && kept.TryRemove((userId, token), out var entry) && entry.Until > clock.GetUtcNow() ? entry.Job : null;
}
