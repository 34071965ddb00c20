using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Digests;

/// <summary>What one scheduled run did, for its log line and for tests.</summary>
public sealed record DigestRunSummary(int Users, int Sent, int Empty, int Failed, int Retried, int Interrupted, int Skipped);

/// <summary>The mail server did not take a message a user is waiting for (a preview).</summary>
public sealed class MailUnavailableException()
    : DomainException("unavailable", "The mail server did not take the message. Please try again in a few minutes.");

/// <summary>Previews a user asked for ("Send me a preview now", the API), per user and minute.</summary>
public sealed class DigestPreviewAllowance(int perMinute) : UserAllowance("previews", perMinute);

/// <summary>
/// Sends the digests: every 15 minutes, those due for each user with them on (claimed by inserting their row, so each goes out
/// once per user, kind and local date, however many instances run); and a preview now, when a user asks.
/// </summary>
public sealed class DigestService(
    IDbContextFactory<AppDbContext> contexts, DigestComposer composer, IDigestMailer mailer, IMailSender sender,
    DigestPreviewAllowance previews, TimeProvider clock, ILogger<DigestService> log)
{
    public const int BatchSize = 200;
    public const int MaxAttempts = 3;
    public const string Interrupted = "interrupted";

    /// <summary>A row still Sending after this long was left by a run that stopped; it is never sent again (it may have gone out).</summary>
    public static readonly TimeSpan SendingExpiry = TimeSpan.FromHours(1);

    public async Task<DigestRunSummary> RunScheduledAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        int users = 0, sent = 0, empty = 0, failed = 0, retried = 0, skipped = 0, unconfirmed = 0;
        var interrupted = await MarkInterruptedAsync(now.UtcDateTime, ct);
        var after = 0;
        while (true)
        {
            List<Subscriber> batch;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                batch = await db.Profiles.AsNoTracking()
                    .Where(p => p.UserId > after && (p.MorningDigest || p.EveningDigest))
                    .OrderBy(p => p.UserId).Take(BatchSize)
                    .Select(p => new Subscriber(p.UserId, p.TimeZone, p.MorningDigest, p.EveningDigest, p.QuietHoursStart, p.QuietHoursEnd,
                        db.Users.Where(u => u.Id == p.UserId).Select(u => u.EmailConfirmed).FirstOrDefault()))
                    .ToListAsync(ct);
            }
            if (batch.Count == 0) break;
            after = batch[^1].UserId;
            users += batch.Count;
            foreach (var user in batch)
            {
                // Not claimed: once the address is confirmed, the next run in the window sends it.
                if (!MailRules.MayMail(sender.LeavesMachine, user.Confirmed)) { unconfirmed++; continue; }
                var zone = TimeZones.OrUtc(user.TimeZone);
                foreach (var due in DigestSchedule.DueNow(now, zone, user.Morning, user.Evening, user.QuietStart, user.QuietEnd))
                {
                    ct.ThrowIfCancellationRequested();
                    var claim = await ClaimAsync(user.UserId, due, now.UtcDateTime, ct);
                    if (claim is null) { skipped++; continue; }
                    if (claim.Value.Retry) retried++;
                    switch (await SendClaimedAsync(claim.Value.Id, user.UserId, due, ct))
                    {
                        case DigestSendStatus.Sent: sent++; break;
                        case DigestSendStatus.Empty: empty++; break;
                        default: failed++; break;
                    }
                }
            }
        }
        var summary = new DigestRunSummary(users, sent, empty, failed, retried, interrupted, skipped);
        log.LogInformation("Digest run at {Now:u}: {Users} subscribed users, {Sent} sent, {Empty} with nothing to say, {Failed} failed ({Retried} retries), {Interrupted} interrupted, {Skipped} already handled, {Unconfirmed} users not mailed until they confirm their address",
            now, users, sent, empty, failed, retried, interrupted, skipped, unconfirmed);
        return summary;
    }

    /// <summary>
    /// The user's digest now, whatever the schedule did today, even with little to say; not recorded. Refused when the
    /// user has turned that digest off (they would not want it) or, when mail leaves the machine, has not confirmed their
    /// address (<c>email_unconfirmed</c>: anyone can sign up with anyone's address); and rate limited.
    /// </summary>
    public async Task SendPreviewAsync(int userId, DigestKind kind, CancellationToken ct)
    {
        UserProfile? profile;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null) throw new NotFoundException("The profile");
        if (!(kind == DigestKind.Morning ? profile.MorningDigest : profile.EveningDigest))
            throw new ConflictException("unsubscribed",
                $"The {Name(kind)} is off. Turn it on in your notification settings to get a preview.");
        if (sender.LeavesMachine)
        {
            bool confirmed;
            await using (var db = await contexts.CreateDbContextAsync(ct))
                confirmed = await db.Users.Where(u => u.Id == userId).Select(u => u.EmailConfirmed).SingleOrDefaultAsync(ct);
            MailRules.EnsureMayMail(sender.LeavesMachine, confirmed);
        }
        previews.Take(userId);
        var date = TimeZones.DateOf(profile.TimeZone, clock.GetUtcNow());
        var content = await composer.ComposeAsync(userId, kind, date, ct);
        try
        {
            await sender.SendAsync(await mailer.RenderAsync(content, ct), ct);
        }
        catch (MailNotSentException e)
        {
            log.LogWarning("A {Kind} preview for user {UserId} was not sent: {Error}", kind, userId, e.Message);
            throw new MailUnavailableException();
        }
    }

    /// <summary>Turns one digest off for a user, from an unsubscribe link; false when the account no longer exists.</summary>
    public async Task<bool> UnsubscribeAsync(int userId, DigestKind kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null) return false;
        if (kind == DigestKind.Morning) profile.MorningDigest = false;
        else profile.EveningDigest = false;
        await db.SaveChangesAsync(ct);
        log.LogInformation("User {UserId} unsubscribed from the {Kind} digest by its link", userId, kind);
        return true;
    }

    /// <summary>"morning" or "evening" (the API's and the links' spelling), any case; null for anything else.</summary>
    public static DigestKind? ParseKind(string? value) => value?.ToLowerInvariant() switch
    {
        "morning" => DigestKind.Morning,
        "evening" => DigestKind.Evening,
        _ => null,
    };

    public static string Name(DigestKind kind) => kind == DigestKind.Morning ? "morning briefing" : "evening summary";

    private async Task<DigestSendStatus> SendClaimedAsync(int sendId, int userId, DigestDue due, CancellationToken ct)
    {
        DigestSendStatus status;
        string? error = null;
        try
        {
            var content = await composer.ComposeAsync(userId, due.Kind, due.LocalDate, ct);
            if (!content.HasSomethingToSay) status = DigestSendStatus.Empty;
            else
            {
                await sender.SendAsync(await mailer.RenderAsync(content, ct), ct);
                status = DigestSendStatus.Sent;
            }
        }
        catch (MailNotSentException e)
        {
            log.LogWarning("The {Kind} digest of user {UserId} for {Date} was not sent: {Error}", due.Kind, userId, due.LocalDate, e.Message);
            (status, error) = (DigestSendStatus.Failed, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One user's digest failing (their data, a template) must never stop the others'.
            log.LogError(e, "The {Kind} digest of user {UserId} for {Date} could not be made", due.Kind, userId, due.LocalDate);
            (status, error) = (DigestSendStatus.Failed, e.Message);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var row = await db.DigestSends.SingleAsync(s => s.Id == sendId, CancellationToken.None);
        row.Status = status;
        row.Attempts++;
        row.Error = error is null ? null : Text.Cap(error, DigestSend.MaxErrorLength);
        if (status != DigestSendStatus.Failed) row.SentAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
        return status;
    }

    /// <summary>
    /// Takes the digest for this run: a new row, or a failed one of this window with tries left. Null when another run
    /// (another instance, or an earlier hour) has it or is done with it.
    /// </summary>
    private async Task<(int Id, bool Retry)?> ClaimAsync(int userId, DigestDue due, DateTime now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.DigestSends
            .SingleOrDefaultAsync(s => s.UserId == userId && s.Kind == due.Kind && s.LocalDate == due.LocalDate, ct);
        if (existing is null)
        {
            var row = new DigestSend { UserId = userId, Kind = due.Kind, LocalDate = due.LocalDate, Status = DigestSendStatus.Sending, CreatedAt = now };
            db.DigestSends.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return (row.Id, false);
            }
            catch (DbUpdateException)
            {
                return null; // Someone else inserted it first: theirs to send.
            }
        }
        if (existing.Status != DigestSendStatus.Failed || existing.Attempts >= MaxAttempts || existing.Error == Interrupted) return null;
        // Only one run may take a failed row back: the update succeeds for whoever still sees it failed.
        var taken = await db.DigestSends
            .Where(s => s.Id == existing.Id && s.Status == DigestSendStatus.Failed && s.Attempts == existing.Attempts)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, DigestSendStatus.Sending).SetProperty(s => s.CreatedAt, now), ct);
        return taken == 1 ? (existing.Id, true) : null;
    }

    /// <summary>Rows a stopped run left Sending become Failed "interrupted": the mail may have gone out, so never again.</summary>
    private async Task<int> MarkInterruptedAsync(DateTime now, CancellationToken ct)
    {
        var before = now - SendingExpiry;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var count = await db.DigestSends.Where(s => s.Status == DigestSendStatus.Sending && s.CreatedAt < before)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, DigestSendStatus.Failed).SetProperty(s => s.Error, Interrupted), ct);
        if (count > 0) log.LogWarning("{Count} digests left half-sent by a run that stopped were marked interrupted; they are not sent again", count);
        return count;
    }

    private sealed record Subscriber(int UserId, string TimeZone, bool Morning, bool Evening, int? QuietStart, int? QuietEnd, bool Confirmed);
}
