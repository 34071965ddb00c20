using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Applications;

public sealed class AgendaRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static Application App(int id, ApplicationStatus status = ApplicationStatus.Applied, DateOnly? followUp = null, DateTime? interview = null) =>
        new() { Id = id, JobId = 100 + id, Status = status, FollowUpOn = followUp, InterviewAt = interview, Job = new Job { Company = $"C{id}", Title = "Engineer" } };

    [Fact]
    public void Due_follow_ups_are_todays_and_overdue_ones_of_open_applications_oldest_first()
    {
        var agenda = AgendaRules.For([
            App(1, followUp: Today), App(2, followUp: Today.AddDays(-5)), App(3, followUp: Today.AddDays(1)),
            App(4, ApplicationStatus.Rejected, Today.AddDays(-1)), App(5, ApplicationStatus.Offer, Today.AddDays(-1)), App(6),
        ], Today, Now);

        Assert.Equal([2, 5, 1], agenda.FollowUps.Select(f => f.ApplicationId));
        Assert.Equal([5, 1, 0], agenda.FollowUps.Select(f => f.DaysOverdue));
        Assert.Equal(new DueFollowUp(2, 102, "C2", "Engineer", Today.AddDays(-5), 5), agenda.FollowUps[0]);
    }

    [Fact]
    public void Coming_interviews_are_those_not_begun_within_seven_days_soonest_first()
    {
        var agenda = AgendaRules.For([
            App(1, interview: Now.AddDays(3)), App(2, interview: Now.AddHours(2)), App(3, interview: Now.AddMinutes(-1)),
            App(4, interview: Now.AddDays(7)), App(5, ApplicationStatus.Withdrawn, interview: Now.AddDays(1)),
            App(6, ApplicationStatus.Interview, interview: Now.AddDays(7).AddSeconds(-1)),
        ], Today, Now);

        Assert.Equal([2, 1, 6], agenda.Interviews.Select(i => i.ApplicationId));
        Assert.All(agenda.Interviews, i => Assert.Equal(DateTimeKind.Utc, i.At.Kind));
        Assert.Empty(agenda.FollowUps);
    }
}
