using System.Threading.RateLimiting;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>
/// How many links a user may have the server read: a token bucket per user ("url-import"), so a burst is fine but a
/// script cannot turn the server into its crawler. Both doors take from the same bucket; a refusal says when to retry.
/// </summary>
public sealed class ImportAllowance(int perMinute) : IDisposable
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

    public const string Policy = "url-import";

    /// <summary>Takes one import from the user's allowance, or refuses with when to try again.</summary>
    public void Take(int userId)
    {
        using var lease = limiter.AttemptAcquire(userId);
        if (lease.IsAcquired) return;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        throw new TooSoonException($"Too many links read in a short time. Please wait {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds and try again.", wait);
    }

    public void Dispose() => limiter.Dispose();
}
