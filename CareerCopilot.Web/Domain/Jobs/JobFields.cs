using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>
/// The writable fields of a job as a client sent them: enums still as text, so that an unknown value becomes a
/// message beside its field rather than a parse failure.
/// </summary>
public sealed record JobFields : PartialUpdate
{
    public string? Company { get; init; }
    public string? Title { get; init; }
    public string? Location { get; init; }
    public string? Remote { get; init; }
    public string? EmploymentType { get; init; }
    public string? ExperienceLevel { get; init; }
    public IReadOnlyList<string>? TechStack { get; init; }
    public string? Responsibilities { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? ApplyUrl { get; init; }
    public int? SalaryMin { get; init; }
    public int? SalaryMax { get; init; }
    public string? SalaryCurrency { get; init; }
    public string? SalaryPeriod { get; init; }
    public string? Status { get; init; }
    public string? Notes { get; init; }
    public DateOnly? DateApplied { get; init; }
    public DateOnly? Deadline { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
}
