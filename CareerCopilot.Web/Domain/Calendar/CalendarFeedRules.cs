using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CareerCopilot.Web.Domain.Applications;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CareerCopilot.Web.Domain.Calendar;

/// <summary>
/// What a calendar feed is: its secret (32 random bytes in base64url, 43 characters), looked up only by its SHA-256 hex,
/// and the iCalendar text it answers: one event per interview (an hour from its start, in UTC) and an all-day event per
/// follow-up day of an open application.
/// </summary>
public static class CalendarFeedRules
{
    public const int SecretBytes = 32;
    public const int SecretLength = 43;
    public const string Name = "Career Co-Pilot";
    public const string ProductId = "-//Career Co-Pilot//Calendar feed//EN";
    public static readonly TimeSpan InterviewLength = TimeSpan.FromHours(1);

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>Only a secret of the exact shape is looked up: anything else (too long, other characters, a path) is unknown without a query.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: SecretLength } && secret.AsSpan().IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    /// <summary>The stored form: lower-case SHA-256 hex of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>
    /// The feed as iCalendar text. Each event's UID names its application and kind, so a calendar app updates an event
    /// when its time moves and removes it when it is cleared; DTSTAMP is the application's last change.
    /// </summary>
    public static string Write(IEnumerable<Application> applications, Func<int, string> jobUrl)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", Name);
        calendar.AddProperty("X-WR-CALDESC", "Interviews and follow-ups from your job search");
        // Outlook and Google read this as how often to fetch again.
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        foreach (var application in applications.OrderBy(a => a.Id))
        {
            var link = jobUrl(application.JobId);
            var what = $"{application.Job.Title} at {application.Job.Company}";
            var stamp = new CalDateTime(DateTime.SpecifyKind(application.UpdatedAt, DateTimeKind.Utc), CalDateTime.UtcTzId);
            if (application.InterviewAt is { } at && ApplicationRules.InterviewStands(application.Status))
            {
                var start = DateTime.SpecifyKind(at, DateTimeKind.Utc);
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = Uid("interview", application.Id),
                    DtStamp = stamp,
                    Start = new CalDateTime(start, CalDateTime.UtcTzId),
                    End = new CalDateTime(start + InterviewLength, CalDateTime.UtcTzId),
                    Summary = $"Interview: {what}",
                    Location = application.Job.Location is { Length: > 0 } place ? place : link,
                    Description = $"Interview for {what}.\n{link}",
                    Url = new Uri(link),
                });
            }
            if (application.FollowUpOn is { } day && ApplicationRules.IsOpen(application.Status))
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = Uid("follow-up", application.Id),
                    DtStamp = stamp,
                    Start = new CalDateTime(day),
                    End = new CalDateTime(day.AddDays(1)),
                    Summary = $"Follow up: {what}",
                    Description = $"Chase your application for {what}.\n{link}",
                    Url = new Uri(link),
                    Transparency = "TRANSPARENT",
                });
            }
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Uid(string kind, int applicationId) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{applicationId}@career-copilot");
}
