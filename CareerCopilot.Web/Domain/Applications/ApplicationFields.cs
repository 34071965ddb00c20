using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>A change to an application as a client sent it: a status move, new notes, the day it was sent, or any of them.</summary>
public sealed record ApplicationFields : PartialUpdate
{
    public string? Status { get; init; }
    public string? Notes { get; init; }
    public DateOnly? AppliedAt { get; init; }

    /// <summary>The resume sent with the application: one of the user's own; null clears it.</summary>
    public int? ResumeId { get; init; }
}
