namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>The user's quiet hours: no match alert pops up in them, and a digest due in them waits for their end.</summary>
public static class QuietHours
{
    /// <summary>
    /// Whether a local hour falls in quiet hours: from the start hour up to (not including) the end hour; a start after
    /// the end spans midnight (22 to 7 is 22:00–06:59). No quiet hours when either is missing or both are the same.
    /// </summary>
    public static bool Cover(int? start, int? end, int hour)
    {
        if (start is not { } from || end is not { } to || from == to) return false;
        return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }
}
