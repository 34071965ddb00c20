namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>IANA time zones, and dates as the user sees them.</summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> AllIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/') || id == "UTC")
            .Order(StringComparer.Ordinal).ToArray());

    public static IReadOnlyList<string> All => AllIds.Value;

    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return zone.HasIanaId;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The user's zone, or UTC when it is missing or unknown: how every date and hour of theirs is read.</summary>
    public static TimeZoneInfo OrUtc(string? id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The date a moment falls on in a zone; an unknown zone is UTC.</summary>
    public static DateOnly DateOf(string? timeZone, DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, OrUtc(timeZone)).DateTime);

    /// <summary>
    /// A wall-clock time in a zone (an unknown zone is UTC) as UTC; null when the zone skips it (the hour lost when the
    /// clocks go forward). A time the zone has twice (when they go back) is read as the first, daylight, one.
    /// </summary>
    public static DateTime? ToUtc(string? timeZone, DateTime local)
    {
        var zone = OrUtc(timeZone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall)) return null;
        if (zone.IsAmbiguousTime(wall))
            return DateTime.SpecifyKind(wall - zone.GetAmbiguousTimeOffsets(wall).Max(), DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeToUtc(wall, zone);
    }

    /// <summary>
    /// The UTC moment a local date begins in a zone. A midnight that daylight saving skips (a few zones move at 00:00)
    /// begins at the first local time that exists.
    /// </summary>
    public static DateTime StartOfDay(TimeZoneInfo zone, DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}

