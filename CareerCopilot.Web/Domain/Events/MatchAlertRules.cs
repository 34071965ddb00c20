using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Web.Domain.Events;

/// <summary>A job that arrived by itself, scored against its owner's profile.</summary>
public readonly record struct ScoredArrival(int JobId, int Score);

/// <summary>The user's alert settings, as the profile holds them.</summary>
public sealed record AlertSettings(int MinScore, string? TimeZone, int? QuietHoursStart, int? QuietHoursEnd);

/// <summary>
/// Which arrived jobs are worth a tap on the shoulder: those scoring at or above the user's threshold, the best first, at
/// most <see cref="MaxPerBatch"/> from one batch (a fan-out can bring hundreds), and none during the user's quiet hours.
/// </summary>
public static class MatchAlertRules
{
    public const int MaxPerBatch = 5;

    public static IReadOnlyList<UserEvent> Alerts(AlertSettings settings, IEnumerable<ScoredArrival> arrivals, DateTimeOffset now)
    {
        if (IsQuiet(settings, now)) return [];
        return arrivals.Where(a => a.Score >= settings.MinScore)
            .OrderByDescending(a => a.Score).ThenBy(a => a.JobId)
            .Take(MaxPerBatch)
            .Select(a => UserEvent.ForMatch(a.JobId, a.Score))
            .ToList();
    }

    /// <summary>Whether <paramref name="now"/> falls in the user's quiet hours, read on the clock of their time zone (an unknown zone is UTC).</summary>
    public static bool IsQuiet(AlertSettings settings, DateTimeOffset now)
    {
        var zone = TimeZones.OrUtc(settings.TimeZone);
        return QuietHours.Cover(settings.QuietHoursStart, settings.QuietHoursEnd, TimeZoneInfo.ConvertTime(now, zone).Hour);
    }

}
