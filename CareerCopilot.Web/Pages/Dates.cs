using System.Globalization;
using System.Security.Claims;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// Every date and time a page shows, in one style ("29 Oct 2026"; "29 Oct 2026, 17:50"; "29 Oct" on chart axes)
/// and in the signed-in person's time zone (their profile's, UTC until they choose one). The app speaks English, so
/// the style is fixed rather than taken from the browser. One per request: the zone is read once, however many rows
/// a page draws. A view asks for it with <c>var dates = await Dates.ForUserAsync(User, Context.RequestAborted)</c>.
/// </summary>
public sealed class Dates(ProfileService profiles)
{
    private const string DateFormat = "d MMM yyyy";
    private const string DateTimeFormat = "d MMM yyyy, HH:mm";
    private const string DayMonthFormat = "d MMM";

    private TimeZoneInfo? zone;

    public async Task<Dates> ForUserAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (zone is not null) return this;
        var id = user.Identity?.IsAuthenticated == true ? (await profiles.CalendarAsync(user.UserId(), ct)).TimeZone : null;
        zone = TimeZones.OrUtc(id);
        return this;
    }

    /// <summary>The day a moment (stored in UTC) falls on for this person.</summary>
    public string Date(DateTime utc) => Local(utc).ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A calendar date (date applied, a week's start): no zone to convert.</summary>
    public string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string DateTime(DateTime utc) => Local(utc).ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The hour and minute of a moment for this person ("14:30"), where the day is said beside it.</summary>
    public string Time(DateTime utc) => Local(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The moment in this person's zone, for a form's date and time inputs.</summary>
    public DateTime ToLocal(DateTime utc) => Local(utc);

    /// <summary>This person's time zone, as the profile names it (UTC until they choose one).</summary>
    public string ZoneName => (zone ?? throw new InvalidOperationException("Call ForUserAsync before formatting a date.")).Id;

    /// <summary>Day and month, where the year goes without saying: chart axes and labels of recent weeks.</summary>
    public string DayMonth(DateOnly date) => date.ToString(DayMonthFormat, CultureInfo.InvariantCulture);

    /// <summary>The moment as a machine reads it, for a <c>time</c> element's <c>datetime</c>.</summary>
    public static string Machine(DateTime utc) => System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    private DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc),
            zone ?? throw new InvalidOperationException("Call ForUserAsync before formatting a date."));
}
