using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.SkillGap;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Digests;

/// <summary>Builds one user's digest for one of their dates from their rows; reads only.</summary>
public sealed class DigestComposer(AppDbContext db, MatchSnapshots snapshots, SkillGapService skillGap, TimeProvider clock)
{
    /// <summary>An application with no move and no follow-up date this many days after it was sent is worth chasing.</summary>
    public const int StaleAfterDays = 14;

    public async Task<DigestContent> ComposeAsync(int userId, DigestKind kind, DateOnly localDate, CancellationToken ct) =>
        kind == DigestKind.Morning ? await ComposeMorningAsync(userId, localDate, ct) : await ComposeEveningAsync(userId, localDate, ct);

    public async Task<MorningDigest> ComposeMorningAsync(int userId, DateOnly date, CancellationToken ct)
    {
        var (to, zone) = await RecipientAsync(userId, date, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = await PreviousMorningAsync(userId, date, ct) ?? now.AddHours(-24);

        // Jobs that arrived by themselves (a board, an import), not ones the user typed in.
        var arrived = (await db.Jobs.AsNoTracking()
            .Where(j => j.UserId == userId && j.Source != JobSource.Manual && j.CreatedAt >= since && j.Status == JobStatus.NotApplied)
            .Select(j => j.Id).ToListAsync(ct)).ToHashSet();
        var matches = new List<DigestMatch>();
        var newCount = 0;
        if (arrived.Count > 0)
        {
            var snapshot = await snapshots.GetAsync(userId, ct);
            // Ranked already leaves out jobs applied to and jobs marked "not interested".
            var ranked = snapshot.Ranked.Where(j => arrived.Contains(j.Id)).ToList();
            newCount = ranked.Count;
            var top = ranked.Take(MorningDigest.TopMatches).Select(j => j.Id).ToList();
            var jobs = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId && top.Contains(j.Id)).ToDictionaryAsync(j => j.Id, ct);
            foreach (var id in top.Where(jobs.ContainsKey))
            {
                var r = Recommendation.Of(snapshot.Profile, jobs[id]);
                matches.Add(new DigestMatch(id, r.Job.Title, r.Job.Company, r.Job.Location, r.Match.Score, [r.Why.Skills, r.Why.Location, r.Why.Experience]));
            }
        }

        var followUps = (await db.Applications.AsNoTracking()
            .Where(a => a.UserId == userId && a.FollowUpOn != null && a.FollowUpOn <= date && ApplicationRules.OpenStatuses.Contains(a.Status))
            .OrderBy(a => a.FollowUpOn).ThenBy(a => a.Id)
            .Select(a => new { a.JobId, a.Job.Title, a.Job.Company, Due = a.FollowUpOn!.Value })
            .ToListAsync(ct))
            .Select(a => new DigestFollowUp(a.JobId, a.Title, a.Company, a.Due, date.DayNumber - a.Due.DayNumber)).ToList();

        var dayStart = TimeZones.StartOfDay(zone, date);
        var dayEnd = TimeZones.StartOfDay(zone, date.AddDays(1));
        var interviews = (await db.Applications.AsNoTracking()
            .Where(a => a.UserId == userId && a.InterviewAt != null && a.InterviewAt >= dayStart && a.InterviewAt < dayEnd && !ApplicationRules.EndedStatuses.Contains(a.Status))
            .Select(a => new { a.JobId, a.Job.Title, a.Job.Company, At = a.InterviewAt!.Value })
            .ToListAsync(ct))
            .OrderBy(a => a.At)
            .Select(a => new DigestInterview(a.JobId, a.Title, a.Company, a.At,
                TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.At, DateTimeKind.Utc), zone)))).ToList();

        return new MorningDigest(to, matches, newCount, followUps, interviews);
    }

    public async Task<EveningDigest> ComposeEveningAsync(int userId, DateOnly date, CancellationToken ct)
    {
        var (to, zone) = await RecipientAsync(userId, date, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var dayStart = TimeZones.StartOfDay(zone, date);
        var dayEnd = TimeZones.StartOfDay(zone, date.AddDays(1));
        var weekStart = TimeZones.StartOfDay(zone, date.AddDays(-6));
        var previousWeekStart = TimeZones.StartOfDay(zone, date.AddDays(-13));

        var jobs = db.Jobs.AsNoTracking().Where(j => j.UserId == userId);
        var applications = db.Applications.AsNoTracking().Where(a => a.UserId == userId);
        var interviewsUntil = now.AddDays(EveningDigest.InterviewDays);

        var today = new DayNumbers(
            await jobs.CountAsync(j => j.CreatedAt >= dayStart && j.CreatedAt < dayEnd, ct),
            await applications.CountAsync(a => a.AppliedAt == date, ct),
            // A move after applying; the first "applied" of a new application is counted as sent, not as a change.
            await db.ApplicationEvents.AsNoTracking().CountAsync(e => e.At >= dayStart && e.At < dayEnd && e.Status != ApplicationStatus.Applied
                && applications.Any(a => a.Id == e.ApplicationId), ct),
            await applications.CountAsync(a => a.InterviewAt != null && a.InterviewAt >= now && a.InterviewAt < interviewsUntil && !ApplicationRules.EndedStatuses.Contains(a.Status), ct));

        var week = new WeekNumbers(
            await jobs.CountAsync(j => j.CreatedAt >= weekStart && j.CreatedAt < dayEnd, ct),
            await applications.CountAsync(a => a.AppliedAt >= date.AddDays(-6) && a.AppliedAt <= date, ct),
            await jobs.CountAsync(j => j.CreatedAt >= previousWeekStart && j.CreatedAt < weekStart, ct),
            await applications.CountAsync(a => a.AppliedAt >= date.AddDays(-13) && a.AppliedAt <= date.AddDays(-7), ct));

        return new EveningDigest(to, today, week, await SuggestionAsync(userId, date, ct));
    }

    /// <summary>The oldest application still waiting for an answer with nothing planned, else the skill that would lift most scores.</summary>
    private async Task<DigestSuggestion?> SuggestionAsync(int userId, DateOnly date, CancellationToken ct)
    {
        var staleBefore = date.AddDays(-StaleAfterDays);
        var stale = await db.Applications.AsNoTracking()
            .Where(a => a.UserId == userId && a.Status == ApplicationStatus.Applied && a.FollowUpOn == null && a.AppliedAt != null && a.AppliedAt <= staleBefore)
            .OrderBy(a => a.AppliedAt).ThenBy(a => a.Id)
            .Select(a => new { a.JobId, a.Job.Title, a.Job.Company, AppliedAt = a.AppliedAt!.Value })
            .FirstOrDefaultAsync(ct);
        if (stale is not null)
        {
            var days = date.DayNumber - stale.AppliedAt.DayNumber;
            return new DigestSuggestion(SuggestionKind.ChaseApplication,
                $"You applied to {stale.Title} at {stale.Company} {days} days ago and have heard nothing: a short, friendly note could move it along.",
                stale.JobId);
        }
        var gap = await skillGap.GetAsync(userId, ct);
        return gap.Recommendations is [var skill, ..]
            ? new DigestSuggestion(SuggestionKind.LearnSkill, $"Consider learning {skill.Skill}. {skill.Reason}")
            : null;
    }

    /// <summary>When the last scheduled morning briefing went out (or found nothing new), before this date's.</summary>
    private async Task<DateTime?> PreviousMorningAsync(int userId, DateOnly date, CancellationToken ct) =>
        await db.DigestSends.AsNoTracking()
            .Where(s => s.UserId == userId && s.Kind == DigestKind.Morning && s.LocalDate < date
                && (s.Status == DigestSendStatus.Sent || s.Status == DigestSendStatus.Empty))
            .OrderByDescending(s => s.LocalDate)
            .Select(s => (DateTime?)(s.SentAt ?? s.CreatedAt))
            .FirstOrDefaultAsync(ct);

    private async Task<(DigestRecipient To, TimeZoneInfo Zone)> RecipientAsync(int userId, DateOnly date, CancellationToken ct)
    {
        var row = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.Email, p.FullName, p.TimeZone })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The user");
        var zone = TimeZones.OrUtc(row.TimeZone);
        return (new DigestRecipient(userId, row.Email ?? "", row.FullName, row.TimeZone, date), zone);
    }
}
