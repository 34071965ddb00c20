using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Applications;

public enum ApplicationStatus { Applied, Interview, Offer, Accepted, Rejected, Withdrawn }

/// <summary>The user's application for one job, with every status it has been through.</summary>
public sealed class Application : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int JobId { get; set; }
    public Job Job { get; set; } = null!;
    public ApplicationStatus Status { get; set; }
    public string? Notes { get; set; }
    public DateOnly? AppliedAt { get; set; }

    /// <summary>The resume sent with this application, when the user said which.</summary>
    public int? ResumeId { get; set; }

    /// <summary>The day the user means to chase this application, in their calendar: due follow-ups reach the morning mail.</summary>
    public DateOnly? FollowUpOn { get; set; }

    /// <summary>When the next interview starts (UTC): the morning mail and the calendar feed show it.</summary>
    public DateTime? InterviewAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ApplicationEvent> Events { get; set; } = [];
}

public sealed class ApplicationEvent
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTime At { get; set; }
}
