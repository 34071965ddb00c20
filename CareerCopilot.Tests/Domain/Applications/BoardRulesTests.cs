using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Tests.Domain.Applications;

public sealed class BoardRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static DateTime Utc(int day, int hour) => new(2026, 11, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Days_in_stage_count_from_the_last_move_in_the_users_calendar()
    {
        var job = new Job { CreatedAt = Utc(1, 9) };
        var application = new Application { Events = [new() { At = Utc(10, 9) }, new() { At = Utc(23, 23) }] };

        Assert.Equal(3, BoardRules.DaysInStage(job, application, new UserCalendar("UTC", Today)));
        // 23:00 UTC on the 23rd is already the 24th in Berlin.
        Assert.Equal(2, BoardRules.DaysInStage(job, application, new UserCalendar("Europe/Berlin", Today)));
        Assert.Equal(25, BoardRules.DaysInStage(job, null, new UserCalendar("UTC", Today)));
    }

    private static readonly UserCalendar Utc0 = new("UTC", Today);
    private static readonly DateTime Noon = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_saved_jobs_next_step_is_its_deadline_while_it_is_ahead()
    {
        Assert.Equal(new NextStep(NextStepKind.Deadline, Today.AddDays(3), 3), BoardRules.Next(new Job { Deadline = Today.AddDays(3) }, null, [], Utc0, Noon));
        Assert.Equal(0, BoardRules.Next(new Job { Deadline = Today }, null, [], Utc0, Noon)?.InDays);
        Assert.Null(BoardRules.Next(new Job { Deadline = Today.AddDays(-1) }, null, [], Utc0, Noon));
        Assert.Null(BoardRules.Next(new Job(), null, [], Utc0, Noon));
    }

    [Fact]
    public void An_applications_next_step_is_its_earliest_note_after_today_and_never_the_deadline()
    {
        var job = new Job { Deadline = Today.AddDays(1) };
        var application = new Application();
        ApplicationNote past = new() { Id = 1, OccurredOn = Today.AddDays(-2) },
            interview = new() { Id = 2, Kind = NoteKind.Interview, OccurredOn = Today.AddDays(4) },
            call = new() { Id = 3, Kind = NoteKind.Call, OccurredOn = Today.AddDays(2) };

        Assert.Same(call, BoardRules.Next(job, application, [past, interview, call], Utc0, Noon)?.Note);
        Assert.Equal(2, BoardRules.Next(job, application, [past, interview, call], Utc0, Noon)?.InDays);
        Assert.Null(BoardRules.Next(job, application, [past, new ApplicationNote { Id = 4, OccurredOn = Today }], Utc0, Noon));
    }

    [Fact]
    public void An_interview_later_today_comes_first_with_its_time_and_one_already_begun_does_not()
    {
        var at = new DateTime(2026, 11, 26, 15, 30, 0, DateTimeKind.Utc);
        var application = new Application { Status = ApplicationStatus.Interview, InterviewAt = at, FollowUpOn = Today };
        var call = new ApplicationNote { Id = 1, Kind = NoteKind.Call, OccurredOn = Today.AddDays(1) };

        Assert.Equal(new NextStep(NextStepKind.Interview, Today, 0, null, at), BoardRules.Next(new Job(), application, [call], Utc0, Noon));
        // Half an hour after it began, the follow-up due today is what is next.
        Assert.Equal(NextStepKind.FollowUp, BoardRules.Next(new Job(), application, [call], Utc0, at.AddMinutes(30))?.Kind);
    }

    [Fact]
    public void The_earliest_of_interview_follow_up_and_note_wins_each_on_the_users_day()
    {
        var job = new Job();
        var call = new ApplicationNote { Id = 1, Kind = NoteKind.Call, OccurredOn = Today.AddDays(3) };
        var application = new Application { Status = ApplicationStatus.Applied, FollowUpOn = Today.AddDays(2), InterviewAt = Utc(30, 9) };
        Assert.Equal(new NextStep(NextStepKind.FollowUp, Today.AddDays(2), 2), BoardRules.Next(job, application, [call], Utc0, Noon));

        application.FollowUpOn = Today.AddDays(5);
        Assert.Same(call, BoardRules.Next(job, application, [call], Utc0, Noon)?.Note);

        // 23:30 UTC on the 27th is the 28th in Tokyo: the interview's day is the user's.
        application.InterviewAt = new DateTime(2026, 11, 27, 23, 30, 0, DateTimeKind.Utc);
        var tokyo = BoardRules.Next(job, application, [call], new UserCalendar("Asia/Tokyo", Today), Noon);
        Assert.Equal((NextStepKind.Interview, Today.AddDays(2), 2), (tokyo?.Kind, tokyo?.On, tokyo?.InDays));
    }

    [Fact]
    public void A_passed_follow_up_or_one_of_a_closed_application_is_no_next_step()
    {
        var job = new Job();
        Assert.Null(BoardRules.Next(job, new Application { Status = ApplicationStatus.Applied, FollowUpOn = Today.AddDays(-1) }, [], Utc0, Noon));
        Assert.Null(BoardRules.Next(job, new Application { Status = ApplicationStatus.Rejected, FollowUpOn = Today.AddDays(1) }, [], Utc0, Noon));
        Assert.Equal(NextStepKind.FollowUp, BoardRules.Next(job, new Application { Status = ApplicationStatus.Offer, FollowUpOn = Today }, [], Utc0, Noon)?.Kind);
    }

    [Fact]
    public void The_interview_of_a_rejected_or_withdrawn_application_is_no_next_step()
    {
        var ahead = Utc(28, 9);
        foreach (var ended in ApplicationRules.EndedStatuses)
            Assert.Null(BoardRules.Next(new Job(), new Application { Status = ended, InterviewAt = ahead }, [], Utc0, Noon));
        Assert.Equal(NextStepKind.Interview, BoardRules.Next(new Job(), new Application { Status = ApplicationStatus.Accepted, InterviewAt = ahead }, [], Utc0, Noon)?.Kind);
    }
}
