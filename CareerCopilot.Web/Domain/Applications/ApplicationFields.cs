using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>A change to an application as a client sent it: a status move, new notes, the day it was sent, the follow-up and interview, or any of them.</summary>
public sealed record ApplicationFields : PartialUpdate
{
    public string? Status { get; init; }
    public string? Notes { get; init; }
    public DateOnly? AppliedAt { get; init; }

    /// <summary>The resume sent with the application: one of the user's own; null clears it.</summary>
    public int? ResumeId { get; init; }

    /// <summary>The day to chase the application, in the user's calendar; null clears it.</summary>
    public DateOnly? FollowUpOn { get; init; }

    /// <summary>
    /// When the interview starts, as ISO 8601 text with its offset (<c>2026-12-10T14:30:00+01:00</c> or <c>...Z</c>): kept as
    /// text so a time without an offset, which names no moment, is refused by the rules rather than guessed; null clears it.
    /// </summary>
    public string? InterviewAt { get; init; }
}
