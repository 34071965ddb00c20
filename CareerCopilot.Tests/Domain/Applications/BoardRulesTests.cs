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

    [Fact]
    public void A_saved_jobs_next_step_is_its_deadline_while_it_is_ahead()
    {
        Assert.Equal(new NextStep(null, Today.AddDays(3), 3), BoardRules.Next(new Job { Deadline = Today.AddDays(3) }, null, [], Today));
        Assert.Equal(0, BoardRules.Next(new Job { Deadline = Today }, null, [], Today)?.InDays);
        Assert.Null(BoardRules.Next(new Job { Deadline = Today.AddDays(-1) }, null, [], Today));
        Assert.Null(BoardRules.Next(new Job(), null, [], Today));
    }

    [Fact]
    public void An_applications_next_step_is_its_earliest_note_after_today_and_never_the_deadline()
    {
        var job = new Job { Deadline = Today.AddDays(1) };
        var application = new Application();
        ApplicationNote past = new() { Id = 1, OccurredOn = Today.AddDays(-2) },
            interview = new() { Id = 2, Kind = NoteKind.Interview, OccurredOn = Today.AddDays(4) },
            call = new() { Id = 3, Kind = NoteKind.Call, OccurredOn = Today.AddDays(2) };

        Assert.Same(call, BoardRules.Next(job, application, [past, interview, call], Today)?.Note);
        Assert.Equal(2, BoardRules.Next(job, application, [past, interview, call], Today)?.InDays);
        Assert.Null(BoardRules.Next(job, application, [past, new ApplicationNote { Id = 4, OccurredOn = Today }], Today));
    }
}
