using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Web.Domain.Digests;

/// <summary>One digest due now: which kind, for which of the user's dates.</summary>
public sealed record DigestDue(DigestKind Kind, DateOnly LocalDate);

/// <summary>
/// When a digest is due, in the user's own time: the morning briefing from 08:00 until 11:59, the evening summary from
/// 20:00 until 23:59 (a run that starts late still sends, once). In quiet hours a digest waits for their end,
/// if its window is still open then. Daylight saving is the time zone's business: the local hour is what counts.
/// </summary>
public static class DigestSchedule
{
    public const int MorningHour = 8;
    public const int EveningHour = 20;

    /// <summary>How many hours after its hour a digest may still go out.</summary>
    public const int WindowHours = 4;

    public static int HourOf(DigestKind kind) => kind == DigestKind.Morning ? MorningHour : EveningHour;

    /// <summary>The digest of this kind due at <paramref name="now"/>, or null when its window is closed or quiet hours hold it.</summary>
    public static DigestDue? Due(DigestKind kind, DateTimeOffset now, TimeZoneInfo zone, int? quietStart = null, int? quietEnd = null)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var start = HourOf(kind);
        if (local.Hour < start || local.Hour >= start + WindowHours) return null;
        if (QuietHours.Cover(quietStart, quietEnd, local.Hour)) return null;
        return new DigestDue(kind, DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>Every kind due now of those the user has on.</summary>
    public static IReadOnlyList<DigestDue> DueNow(DateTimeOffset now, TimeZoneInfo zone, bool morning, bool evening, int? quietStart, int? quietEnd)
    {
        var due = new List<DigestDue>(2);
        if (morning && Due(DigestKind.Morning, now, zone, quietStart, quietEnd) is { } m) due.Add(m);
        if (evening && Due(DigestKind.Evening, now, zone, quietStart, quietEnd) is { } e) due.Add(e);
        return due;
    }

}
