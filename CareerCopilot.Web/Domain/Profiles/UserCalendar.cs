namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>Dates as one user sees them: in their time zone, "today" included.</summary>
public sealed record UserCalendar(string? TimeZone, DateOnly Today)
{
    public DateOnly DateOf(DateTime utc) => TimeZones.DateOf(TimeZone, new DateTimeOffset(utc, TimeSpan.Zero));
}
