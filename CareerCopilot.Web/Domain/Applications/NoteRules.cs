using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>One line of an application's timeline: a status it moved to, or a note.</summary>
public sealed record TimelineEntry(DateOnly Date, DateTime At, int Id, ApplicationStatus? Status, ApplicationNote? Note);

/// <summary>What a note may hold, and how notes and status history read as one timeline.</summary>
public static class NoteRules
{
    /// <summary>A new note: its text required, its kind one of the known ones (a plain note when left out), its date today when left out.</summary>
    public static ApplicationNote New(Application application, NoteFields f, DateOnly today, DateTime nowUtc)
    {
        var v = new Validation();
        var kind = v.OptionalEnum<NoteKind>("kind", "Kind", f.Kind) ?? NoteKind.Note;
        var text = v.Required("text", "Text", f.Text, ApplicationRules.MaxNotesLength);
        var on = v.OptionalDate("occurred_on", "Date", f.OccurredOn) ?? today;
        v.ThrowIfInvalid();
        return new ApplicationNote
        {
            UserId = application.UserId, ApplicationId = application.Id, Kind = kind, Text = text, OccurredOn = on, CreatedAt = nowUtc,
        };
    }

    /// <summary>Newest first: by the day (a status move on the day it happened in the user's zone), then by when it was recorded (the later row on a tie).</summary>
    public static IReadOnlyList<TimelineEntry> Timeline(Application application, IEnumerable<ApplicationNote> notes, UserCalendar calendar) =>
        application.Events.Select(e => new TimelineEntry(calendar.DateOf(e.At), e.At, e.Id, e.Status, null))
            .Concat(notes.Select(n => new TimelineEntry(n.OccurredOn, n.CreatedAt, n.Id, null, n)))
            .OrderByDescending(t => t.Date).ThenByDescending(t => t.At).ThenByDescending(t => t.Id).ToList();
}
