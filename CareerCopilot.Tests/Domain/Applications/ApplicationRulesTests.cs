using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Applications;

public sealed class ApplicationRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Job NewJob() => new() { Id = 7, UserId = 3, Company = "Contoso", Title = "Engineer", Status = JobStatus.NotApplied };

    [Theory]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Interview, true)]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Offer, true)]
    [InlineData(ApplicationStatus.Interview, ApplicationStatus.Rejected, true)]
    [InlineData(ApplicationStatus.Offer, ApplicationStatus.Accepted, true)]
    [InlineData(ApplicationStatus.Rejected, ApplicationStatus.Interview, true)]
    [InlineData(ApplicationStatus.Accepted, ApplicationStatus.Withdrawn, true)]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Accepted, false)]
    [InlineData(ApplicationStatus.Interview, ApplicationStatus.Accepted, false)]
    [InlineData(ApplicationStatus.Accepted, ApplicationStatus.Rejected, false)]
    [InlineData(ApplicationStatus.Accepted, ApplicationStatus.Applied, false)]
    public void Moves_are_allowed_unless_they_tell_a_false_story(ApplicationStatus from, ApplicationStatus to, bool allowed) =>
        Assert.Equal(allowed, ApplicationRules.WhyNot(from, to) is null);

    [Fact]
    public void Next_statuses_leave_out_the_current_and_the_refused_ones()
    {
        Assert.Equal([ApplicationStatus.Withdrawn], ApplicationRules.NextStatuses(ApplicationStatus.Accepted));
        var fromApplied = ApplicationRules.NextStatuses(ApplicationStatus.Applied);
        Assert.DoesNotContain(ApplicationStatus.Applied, fromApplied);
        Assert.DoesNotContain(ApplicationStatus.Accepted, fromApplied);
        Assert.Contains(ApplicationStatus.Interview, fromApplied);
    }

    [Fact]
    public void A_job_without_an_application_may_start_one_at_any_status_but_accepted()
    {
        Assert.Equal([JobStatus.NotApplied, JobStatus.Applied, JobStatus.Interview, JobStatus.Offer, JobStatus.Rejected, JobStatus.Withdrawn],
            ApplicationRules.JobStatusChoices(JobStatus.NotApplied, hasApplication: false));
    }

    [Fact]
    public void A_job_with_an_application_offers_its_status_and_the_allowed_moves_never_not_applied()
    {
        Assert.Equal([JobStatus.Applied, JobStatus.Interview, JobStatus.Offer, JobStatus.Rejected, JobStatus.Withdrawn],
            ApplicationRules.JobStatusChoices(JobStatus.Applied, hasApplication: true));
        Assert.Equal([JobStatus.Applied, JobStatus.Interview, JobStatus.Offer, JobStatus.Accepted, JobStatus.Rejected, JobStatus.Withdrawn],
            ApplicationRules.JobStatusChoices(JobStatus.Offer, hasApplication: true));
        Assert.Equal([JobStatus.Accepted, JobStatus.Withdrawn], ApplicationRules.JobStatusChoices(JobStatus.Accepted, hasApplication: true));
    }

    [Fact]
    public void Every_status_choice_is_a_move_the_rules_accept()
    {
        foreach (var current in Enum.GetValues<JobStatus>())
        foreach (var hasApplication in new[] { current != JobStatus.NotApplied })
        foreach (var choice in ApplicationRules.JobStatusChoices(current, hasApplication).Where(c => c != current))
        {
            var job = NewJob();
            if (hasApplication) ApplicationRules.Start(job, ApplicationRules.FromJobStatus(current) is ApplicationStatus.Accepted ? ApplicationStatus.Offer : ApplicationRules.FromJobStatus(current)!.Value, null, Now, Today);
            if (current == JobStatus.Accepted) ApplicationRules.MoveJob(job, JobStatus.Accepted, Now, Today);
            ApplicationRules.MoveJob(job, choice, Now, Today);
            Assert.Equal(choice, job.Status);
        }
    }

    [Fact]
    public void Starting_an_application_records_it_and_the_job_follows_with_its_date()
    {
        var job = NewJob();
        var application = ApplicationRules.Start(job, ApplicationStatus.Applied, "via referral", Now, Today);

        Assert.Equal(JobStatus.Applied, job.Status);
        Assert.Equal(Today, job.DateApplied);
        Assert.Equal(Today, application.AppliedAt);
        Assert.Same(application, job.Application);
        var only = Assert.Single(application.Events);
        Assert.Equal(ApplicationStatus.Applied, only.Status);
    }

    [Fact]
    public void A_date_applied_the_user_already_set_is_kept()
    {
        var job = NewJob();
        job.DateApplied = new DateOnly(2026, 11, 1);
        var application = ApplicationRules.Start(job, ApplicationStatus.Applied, null, Now, Today);
        Assert.Equal(new DateOnly(2026, 11, 1), job.DateApplied);
        Assert.Equal(new DateOnly(2026, 11, 1), application.AppliedAt);
    }

    [Fact]
    public void Moving_appends_history_and_the_job_takes_the_new_status()
    {
        var job = NewJob();
        var application = ApplicationRules.Start(job, ApplicationStatus.Applied, null, Now, Today);
        ApplicationRules.Move(application, ApplicationStatus.Interview, Now.AddDays(3), Today.AddDays(3));
        ApplicationRules.Move(application, ApplicationStatus.Offer, Now.AddDays(9), Today.AddDays(9));

        Assert.Equal(JobStatus.Offer, job.Status);
        Assert.Equal([ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Offer], application.Events.Select(e => e.Status));
        Assert.Equal(Now.AddDays(9), application.UpdatedAt);
        Assert.Equal(Today, job.DateApplied);
    }

    [Fact]
    public void Moving_to_the_same_status_records_nothing()
    {
        var application = ApplicationRules.Start(NewJob(), ApplicationStatus.Interview, null, Now, Today);
        ApplicationRules.Move(application, ApplicationStatus.Interview, Now.AddDays(1), Today);
        Assert.Single(application.Events);
        Assert.Equal(Now, application.UpdatedAt);
    }

    [Fact]
    public void A_refused_move_changes_nothing_and_says_why()
    {
        var job = NewJob();
        var application = ApplicationRules.Start(job, ApplicationStatus.Applied, null, Now, Today);
        var refused = Assert.Throws<ConflictException>(() => ApplicationRules.Move(application, ApplicationStatus.Accepted, Now, Today));

        Assert.Equal("invalid_transition", refused.Code);
        Assert.Contains("offer", refused.Message);
        Assert.Equal(ApplicationStatus.Applied, application.Status);
        Assert.Equal(JobStatus.Applied, job.Status);
        Assert.Single(application.Events);
    }

    [Fact]
    public void An_application_cannot_start_accepted()
    {
        var job = NewJob();
        Assert.Equal("invalid_transition", Assert.Throws<ConflictException>(() => ApplicationRules.Start(job, ApplicationStatus.Accepted, null, Now, Today)).Code);
        Assert.Equal(JobStatus.NotApplied, job.Status);
        Assert.Null(job.Application);
    }

    [Theory]
    [InlineData(JobStatus.NotApplied, null)]
    [InlineData(JobStatus.Interview, ApplicationStatus.Interview)]
    [InlineData(JobStatus.Withdrawn, ApplicationStatus.Withdrawn)]
    public void Job_statuses_map_to_application_statuses(JobStatus job, ApplicationStatus? application) =>
        Assert.Equal(application, ApplicationRules.FromJobStatus(job));

    [Fact]
    public void The_applied_date_may_be_any_real_day_up_to_today_and_the_job_follows()
    {
        var v = new Validation();
        Assert.Equal(Today, ApplicationRules.AppliedDate(v, Today, Today));
        Assert.Null(ApplicationRules.AppliedDate(v, null, Today));
        Assert.True(v.IsValid);
        ApplicationRules.AppliedDate(v, Today.AddDays(1), Today);
        ApplicationRules.AppliedDate(v, new DateOnly(1980, 1, 1), Today);
        Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid);

        var job = NewJob();
        var application = ApplicationRules.Start(job, ApplicationStatus.Applied, null, Now, Today);
        ApplicationRules.SetAppliedAt(application, Today.AddDays(-6), Now);
        Assert.Equal((Today.AddDays(-6), Today.AddDays(-6)), (application.AppliedAt, job.DateApplied));
    }

    [Theory]
    [InlineData("2026-12-10T14:30:00+01:00", "2026-12-10T13:30:00")]
    [InlineData("2026-12-10T13:30:00Z", "2026-12-10T13:30:00")]
    [InlineData("2026-12-10T13:30Z", "2026-12-10T13:30:00")]
    [InlineData("2026-12-10T08:30:15.9-05:00", "2026-12-10T13:30:15")]
    public void An_interview_time_with_its_offset_is_kept_in_utc_to_the_second(string sent, string utc)
    {
        var v = new Validation();
        var at = ApplicationRules.InterviewTime(v, sent);
        Assert.True(v.IsValid);
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), at);
        Assert.Equal(DateTimeKind.Utc, at?.Kind);
    }

    [Theory]
    [InlineData("2026-12-10T14:30:00", "needs its UTC offset")]
    [InlineData("2026-12-10", "ISO 8601 date and time")]
    [InlineData("10/12/2026 14:30 +01:00", "ISO 8601 date and time")]
    [InlineData("next tuesday", "ISO 8601 date and time")]
    [InlineData("2026-13-40T14:30:00Z", "ISO 8601 date and time")]
    [InlineData("1970-01-01T00:00:00Z", "between 2000 and 2099")]
    [InlineData("2226-12-10T14:30:00Z", "between 2000 and 2099")]
    public void An_interview_time_that_names_no_moment_a_person_means_is_refused_on_its_field(string sent, string message)
    {
        var v = new Validation();
        Assert.Null(ApplicationRules.InterviewTime(v, sent));
        var errors = Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid).Errors;
        Assert.Contains(message, Assert.Single(errors["interview_at"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_interview_time_is_none_and_a_follow_up_date_must_be_one_a_person_means()
    {
        var v = new Validation();
        Assert.Null(ApplicationRules.InterviewTime(v, "  "));
        Assert.Equal(Today.AddDays(-3), ApplicationRules.FollowUpDate(v, Today.AddDays(-3)));
        Assert.True(v.IsValid);
        ApplicationRules.FollowUpDate(v, new DateOnly(2226, 1, 1));
        Assert.Contains("follow_up_on", Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid).Errors.Keys);
    }

    [Fact]
    public void Setting_the_follow_up_or_interview_moves_updated_at_only_when_it_changes()
    {
        var application = ApplicationRules.Start(NewJob(), ApplicationStatus.Applied, null, Now, Today);
        var later = Now.AddHours(1);
        ApplicationRules.SetFollowUp(application, null, later);
        ApplicationRules.SetInterview(application, null, later);
        Assert.Equal(Now, application.UpdatedAt);
        ApplicationRules.SetFollowUp(application, Today.AddDays(7), later);
        Assert.Equal((Today.AddDays(7), later), (application.FollowUpOn, application.UpdatedAt));
        ApplicationRules.SetInterview(application, later.AddDays(2), later.AddHours(1));
        Assert.Equal((later.AddDays(2), later.AddHours(1)), (application.InterviewAt, application.UpdatedAt));
    }

    [Theory]
    [InlineData(ApplicationStatus.Applied, true, true)]
    [InlineData(ApplicationStatus.Interview, true, true)]
    [InlineData(ApplicationStatus.Offer, true, true)]
    [InlineData(ApplicationStatus.Accepted, false, true)]
    [InlineData(ApplicationStatus.Rejected, false, false)]
    [InlineData(ApplicationStatus.Withdrawn, false, false)]
    public void Follow_ups_belong_to_open_applications_and_interviews_to_all_but_ended_ones(ApplicationStatus status, bool open, bool interview) =>
        Assert.Equal((open, interview), (ApplicationRules.IsOpen(status), ApplicationRules.InterviewStands(status)));
}
