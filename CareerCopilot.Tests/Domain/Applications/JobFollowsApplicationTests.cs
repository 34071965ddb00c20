using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Applications;

/// <summary>A job's status is moved through its application: <see cref="ApplicationRules.MoveJob"/>.</summary>
public sealed class JobFollowsApplicationTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Job NewJob() => new() { Id = 7, UserId = 3, Company = "Contoso", Title = "Engineer" };

    [Fact]
    public void The_first_move_past_not_applied_starts_an_application_for_the_caller_to_store()
    {
        var job = NewJob();
        var started = ApplicationRules.MoveJob(job, JobStatus.Interview, Now, Today);
        Assert.NotNull(started);
        Assert.Same(started, job.Application);
        Assert.Equal((ApplicationStatus.Interview, JobStatus.Interview), (started.Status, job.Status));
    }

    [Fact]
    public void Staying_not_applied_starts_nothing() =>
        Assert.Null(ApplicationRules.MoveJob(NewJob(), JobStatus.NotApplied, Now, Today));

    [Fact]
    public void A_job_with_an_application_moves_it_and_records_the_move()
    {
        var job = NewJob();
        ApplicationRules.MoveJob(job, JobStatus.Applied, Now, Today);
        Assert.Null(ApplicationRules.MoveJob(job, JobStatus.Offer, Now.AddDays(3), Today.AddDays(3)));
        Assert.Equal([ApplicationStatus.Applied, ApplicationStatus.Offer], job.Application!.Events.Select(e => e.Status));
        Assert.Equal(JobStatus.Offer, job.Status);
    }

    [Fact]
    public void Un_applying_is_refused_with_a_reason()
    {
        var job = NewJob();
        ApplicationRules.MoveJob(job, JobStatus.Applied, Now, Today);
        var e = Assert.Throws<ValidationFailedException>(() => ApplicationRules.MoveJob(job, JobStatus.NotApplied, Now, Today));
        Assert.Equal("invalid_transition", e.Code);
        Assert.Contains("withdrawn", e.Errors["status"].Single());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("interview", ApplicationStatus.Interview)]
    [InlineData(" Offer ", ApplicationStatus.Offer)]
    public void Statuses_are_read_as_the_api_spells_them(string? text, ApplicationStatus? expected) =>
        Assert.Equal(expected, ApplicationRules.ParseStatus(text));

    [Fact]
    public void An_unknown_status_names_the_allowed_ones()
    {
        var e = Assert.Throws<ValidationFailedException>(() => ApplicationRules.ParseStatus("ghosted"));
        Assert.Equal("invalid_status", e.Code);
        Assert.Contains("applied, interview, offer, accepted, rejected, withdrawn", e.Errors["status"].Single());
    }
}
