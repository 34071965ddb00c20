using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Feedback;

public enum FeedbackKind { NotInterested }

/// <summary>What the user told us about a job ("not interested"): it hides the job from recommendations and is kept
/// so a personalised ranking can learn from it later.</summary>
public sealed class JobFeedback : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int JobId { get; set; }
    public FeedbackKind Kind { get; set; }
    public DateTime CreatedAt { get; set; }
}
