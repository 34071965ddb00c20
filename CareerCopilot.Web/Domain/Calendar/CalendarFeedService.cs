using CareerCopilot.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Calendar;

/// <summary>A user's secret calendar address: made on first ask, shown again the same, revoked by deleting it; and the feed it opens.</summary>
public sealed class CalendarFeedService(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>The purpose the secret is sealed under: a sealed secret opens nothing else, and nothing else opens it.</summary>
    private readonly IDataProtector sealer = protection.CreateProtector("CareerCopilot.CalendarFeed.Secret");

    /// <summary>The user's secret, made (and kept) on first ask; the same one after that until it is revoked.</summary>
    public async Task<string> SecretAsync(int userId, CancellationToken ct)
    {
        if (await FindSecretAsync(userId, ct) is { } existing) return existing;
        var secret = CalendarFeedRules.NewSecret();
        db.CalendarFeeds.Add(new CalendarFeed
        {
            UserId = userId, SecretHash = CalendarFeedRules.Hash(secret), SealedSecret = sealer.Protect(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return secret;
        }
        catch (DbUpdateException)
        {
            // Another request made one a moment earlier: the user has one address, and it is that one.
            db.ChangeTracker.Clear();
            var first = await db.CalendarFeeds.AsNoTracking().SingleAsync(f => f.UserId == userId, ct);
            return sealer.Unprotect(first.SealedSecret);
        }
    }

    /// <summary>The user's secret if they have one; null makes none (the settings page shows a button to make it).</summary>
    public async Task<string?> FindSecretAsync(int userId, CancellationToken ct) =>
        await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => f.SealedSecret).SingleOrDefaultAsync(ct) is { } sealedSecret
            ? sealer.Unprotect(sealedSecret)
            : null;

    /// <summary>Revokes the address and makes a new one at once: for an address that was shared by mistake.</summary>
    public async Task<string> RenewAsync(int userId, CancellationToken ct)
    {
        await RevokeAsync(userId, ct);
        return await SecretAsync(userId, ct);
    }

    /// <summary>The address stops working at once; a later ask makes a new one.</summary>
    public async Task RevokeAsync(int userId, CancellationToken ct)
    {
        if (await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, ct) is not { } feed) return;
        db.CalendarFeeds.Remove(feed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Revoked by another request a moment earlier: the same outcome.
        }
    }

    /// <summary>
    /// The feed a secret opens, or null for one that is malformed, unknown or revoked (the caller answers 404 to all
    /// three alike). The secret is matched by its hash only, never compared as text.
    /// </summary>
    public async Task<string?> FeedAsync(string? secret, Func<int, string> jobUrl, CancellationToken ct)
    {
        if (!CalendarFeedRules.IsWellFormed(secret)) return null;
        var hash = CalendarFeedRules.Hash(secret!);
        var userId = await db.CalendarFeeds.AsNoTracking().Where(f => f.SecretHash == hash).Select(f => (int?)f.UserId).SingleOrDefaultAsync(ct);
        if (userId is null) return null;
        var applications = await db.Applications.AsNoTracking().Include(a => a.Job)
            .Where(a => a.UserId == userId && (a.InterviewAt != null || a.FollowUpOn != null)).ToListAsync(ct);
        return CalendarFeedRules.Write(applications, jobUrl);
    }
}
