namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>IANA time zones, and "today" as the user sees it.</summary>
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

    public static DateOnly Today(string? timeZone, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TryFind(timeZone, out var zone) ? zone : TimeZoneInfo.Utc).DateTime);
}
