using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Tests.Domain.Applications;

public sealed class NoteRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Application Application = new() { Id = 7, UserId = 3 };

    [Fact]
    public void A_note_is_cleaned_and_takes_the_applications_user_a_plain_kind_and_today_when_left_out()
    {
        var note = NoteRules.New(Application, new NoteFields(null, "  Called Sam\u200B ", null), Today, Now);
        Assert.Equal((3, 7, NoteKind.Note, "Called Sam", Today, Now), (note.UserId, note.ApplicationId, note.Kind, note.Text, note.OccurredOn, note.CreatedAt));
        Assert.Equal(NoteKind.Interview, NoteRules.New(Application, new NoteFields("interview", "Panel", Today.AddDays(5)), Today, Now).Kind);
    }

    [Fact]
    public void Every_problem_of_a_note_is_reported_at_once()
    {
        var e = Assert.Throws<ValidationFailedException>(() =>
            NoteRules.New(Application, new NoteFields("rumour", new string('x', ApplicationRules.MaxNotesLength + 1), new DateOnly(1999, 1, 1)), Today, Now));
        Assert.Equal(["kind", "occurred_on", "text"], e.Errors.Keys.Order());
    }

    [Fact]
    public void The_timeline_merges_moves_and_notes_newest_day_first()
    {
        var application = new Application
        {
            Events = [new() { Id = 1, Status = ApplicationStatus.Applied, At = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc) },
                      new() { Id = 2, Status = ApplicationStatus.Interview, At = new DateTime(2026, 11, 24, 23, 30, 0, DateTimeKind.Utc) }],
        };
        ApplicationNote email = new() { Id = 1, Kind = NoteKind.Email, OccurredOn = new DateOnly(2026, 11, 22), CreatedAt = Now },
            interview = new() { Id = 2, Kind = NoteKind.Interview, OccurredOn = new DateOnly(2026, 11, 25), CreatedAt = Now };

        string[] Read(string zone) => NoteRules.Timeline(application, [email, interview], new UserCalendar(zone, Today))
            .Select(t => t.Note is { } n ? n.Kind.ToString() : t.Status.ToString()!).ToArray();

        Assert.Equal(["Interview", "Interview", "Email", "Applied"], Read("UTC"));
        // In Berlin the move to interview happened on the 25th, recorded before the note written that morning.
        Assert.Equal(NoteKind.Interview, NoteRules.Timeline(application, [email, interview], new UserCalendar("Europe/Berlin", Today))[0].Note?.Kind);
        Assert.Equal(ApplicationStatus.Interview, NoteRules.Timeline(application, [email, interview], new UserCalendar("Europe/Berlin", Today))[1].Status);
    }
}
