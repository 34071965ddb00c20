using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Web.Domain.Applications;

public enum NextStepKind { Deadline, Note, Interview, FollowUp }

/// <summary>
/// What comes next on a card: a deadline to apply by, a call or interview noted ahead (<see cref="Note"/>), the interview
/// set on the application (<see cref="At"/>, its start in UTC), or the day to follow up. <see cref="On"/> is the user's day.
/// </summary>
public sealed record NextStep(NextStepKind Kind, DateOnly On, int InDays, ApplicationNote? Note = null, DateTime? At = null);

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
    /// Only what is known and ahead. For a saved job its deadline, if not passed. For an application the earliest of: its
    /// interview still to come (today's, later today, counts, with its time), its follow-up day from today on, and the
    /// earliest note dated after today (a call planned: a note dated today is most likely what just happened). On one day
    /// the interview goes first, then the follow-up, then a note. Nothing otherwise: a guess would be worse than a blank.
    /// </summary>
    public static NextStep? Next(Job job, Application? application, IEnumerable<ApplicationNote> notes, UserCalendar calendar, DateTime nowUtc)
    {
        var today = calendar.Today;
        NextStep Step(NextStepKind kind, DateOnly on, ApplicationNote? note = null, DateTime? at = null) =>
            new(kind, on, on.DayNumber - today.DayNumber, note, at);
        if (application is null)
            return job.Deadline is { } deadline && deadline >= today ? Step(NextStepKind.Deadline, deadline) : null;

        var candidates = new List<NextStep>(3);
        if (application.InterviewAt is { } interview && interview > nowUtc && ApplicationRules.InterviewStands(application.Status))
            candidates.Add(Step(NextStepKind.Interview, calendar.DateOf(interview), at: interview));
        if (application.FollowUpOn is { } followUp && followUp >= today && ApplicationRules.IsOpen(application.Status))
            candidates.Add(Step(NextStepKind.FollowUp, followUp));
        if (notes.Where(n => n.OccurredOn > today).OrderBy(n => n.OccurredOn).ThenBy(n => n.Id).FirstOrDefault() is { } note)
            candidates.Add(Step(NextStepKind.Note, note.OccurredOn, note));
        // The list is built in the order of precedence on one day, and OrderBy is stable.
        return candidates.OrderBy(c => c.On).FirstOrDefault();
    }
}
