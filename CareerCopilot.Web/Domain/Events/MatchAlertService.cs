using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Events;

/// <summary>Scores jobs that arrived by themselves against their owner's profile and raises the alerts the rules allow.</summary>
public sealed class MatchAlertService(AppDbContext db, IUserEvents events, TimeProvider clock)
{
    /// <summary>The alerts raised (already published to the user's live clients).</summary>
    public async Task<IReadOnlyList<UserEvent>> AlertAsync(int userId, IReadOnlyCollection<int> jobIds, CancellationToken ct)
    {
        var settings = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new AlertSettings(p.AlertMinScore, p.TimeZone, p.QuietHoursStart, p.QuietHoursEnd))
            .SingleOrDefaultAsync(ct);
        // No profile yet: nothing to score against, so nothing is a strong match.
        if (settings is null || MatchAlertRules.IsQuiet(settings, clock.GetUtcNow())) return [];

        var profile = await MatchProfile.LoadAsync(db, userId, ct);
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId && jobIds.Contains(j.Id))
            .Select(j => new { j.Id, j.TechStack, j.Location, j.Remote, j.ExperienceLevel }).ToListAsync(ct);
        var scored = jobs.Select(j => new ScoredArrival(j.Id, MatchScorer.Score(profile, j.TechStack, j.Location, j.Remote, j.ExperienceLevel).Score));
        var alerts = MatchAlertRules.Alerts(settings, scored, clock.GetUtcNow());
        foreach (var alert in alerts) events.Publish(userId, alert);
        return alerts;
    }
}
