using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>A change to an application as a client sent it: a status move, new notes, or both.</summary>
public sealed record ApplicationFields : PartialUpdate
{
    public string? Status { get; init; }
    public string? Notes { get; init; }
}
