namespace CareerCopilot.Web.Domain.Applications;

/// <summary>A follow-up that has come due: the day it was set for and how many of the user's days it is overdue (0: today).</summary>
public sealed record DueFollowUp(int ApplicationId, int JobId, string Company, string Title, DateOnly On, int DaysOverdue);

/// <summary>An interview ahead, its start in UTC.</summary>
public sealed record ComingInterview(int ApplicationId, int JobId, string Company, string Title, DateTime At);

/// <summary>What is due now and what is coming: the dashboard's (and the morning mail's) agenda.</summary>
public sealed record Agenda(IReadOnlyList<DueFollowUp> FollowUps, IReadOnlyList<ComingInterview> Interviews);

/// <summary>Which follow-ups are due and which interviews are near, from the applications alone.</summary>
public static class AgendaRules
{
    /// <summary>How far ahead "coming" reaches.</summary>
    public static readonly TimeSpan InterviewHorizon = TimeSpan.FromDays(7);

    /// <summary>
    /// Follow-ups of open applications set for the user's today or before, oldest first (the longest waiting is the most
    /// pressing); interviews that have not started and start within the next seven days, soonest first.
    /// </summary>
    public static Agenda For(IEnumerable<Application> applications, DateOnly today, DateTime nowUtc)
    {
        var list = applications.ToList();
        var followUps = list
            .Where(a => a.FollowUpOn is { } on && on <= today && ApplicationRules.IsOpen(a.Status))
            .OrderBy(a => a.FollowUpOn).ThenBy(a => a.Id)
            .Select(a => new DueFollowUp(a.Id, a.JobId, a.Job.Company, a.Job.Title, a.FollowUpOn!.Value, today.DayNumber - a.FollowUpOn!.Value.DayNumber))
            .ToList();
        var interviews = list
            .Where(a => a.InterviewAt is { } at && at >= nowUtc && at < nowUtc + InterviewHorizon && ApplicationRules.InterviewStands(a.Status))
            .OrderBy(a => a.InterviewAt).ThenBy(a => a.Id)
            .Select(a => new ComingInterview(a.Id, a.JobId, a.Job.Company, a.Job.Title, DateTime.SpecifyKind(a.InterviewAt!.Value, DateTimeKind.Utc)))
            .ToList();
        return new Agenda(followUps, interviews);
    }
}
