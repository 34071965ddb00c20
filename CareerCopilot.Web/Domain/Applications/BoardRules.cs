using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>What comes next on a card: a deadline to apply by (<see cref="Note"/> null), or a call or interview noted ahead.</summary>
public sealed record NextStep(ApplicationNote? Note, DateOnly On, int InDays);

/// <summary>What a board card says about where a job stands: how long it has been in its column, and what comes next.</summary>
public static class BoardRules
{
    /// <summary>How many of the user's days since the job entered its column: its last move, or when it was saved.</summary>
    public static int DaysInStage(Job job, Application? application, UserCalendar calendar)
    {
        var since = application?.Events.Count > 0 ? application.Events.Max(e => e.At) : job.CreatedAt;
        return Math.Max(0, calendar.Today.DayNumber - calendar.DateOf(since).DayNumber);
    }

    /// <summary>
    /// Only what is known and ahead: for a saved job its deadline, if not passed; for an application the earliest note dated
    /// after today (an interview, a call planned): a note dated today is most likely what just happened. Nothing otherwise: a guess would be worse than a blank.
    /// </summary>
    public static NextStep? Next(Job job, Application? application, IEnumerable<ApplicationNote> notes, DateOnly today)
    {
        if (application is null)
            return job.Deadline is { } deadline && deadline >= today ? new NextStep(null, deadline, deadline.DayNumber - today.DayNumber) : null;
        var note = notes.Where(n => n.OccurredOn > today).OrderBy(n => n.OccurredOn).ThenBy(n => n.Id).FirstOrDefault();
        return note is null ? null : new NextStep(note, note.OccurredOn, note.OccurredOn.DayNumber - today.DayNumber);
    }
}
