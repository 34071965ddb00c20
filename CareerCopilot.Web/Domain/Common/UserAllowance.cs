using System.Threading.RateLimiting;

namespace CareerCopilot.Web.Domain.Common;

/// <summary>
/// How often one user may have the server do something costly: a token bucket per user, so a burst is fine but a
/// script cannot turn the server into its workhorse. Taken in the domain, so both doors (and every item of a batch)
/// draw from the same bucket; a refusal is a <see cref="TooSoonException"/> that says when to try again.
/// </summary>
public abstract class UserAllowance(string what, int perMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<int> limiter = PartitionedRateLimiter.Create<int, int>(userId =>
        RateLimitPartition.GetTokenBucketLimiter(userId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one from the user's allowance, or refuses with when to try again.</summary>
    public void Take(int userId)
    {
        using var lease = limiter.AttemptAcquire(userId);
        if (lease.IsAcquired) return;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        throw new TooSoonException($"Too many {what} in a short time. Please wait {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds and try again.", wait);
    }

    public void Dispose()
    {
        limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Links read for a user (by link, by the bookmarklet, each ticked job of an alert email): "url-import".</summary>
public sealed class ImportAllowance(int perMinute) : UserAllowance("links read", perMinute);

/// <summary>Resumes uploaded by a user, by either door.</summary>
public sealed class ResumeUploadAllowance(int perMinute) : UserAllowance("resume uploads", perMinute);
