using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>One place a job is: the text as published, and its parts where the board gives them.</summary>
public sealed record PostingLocation(string Raw, string? City = null, string? Region = null, string? Country = null);

/// <summary>Pay as published; <paramref name="IsEstimated"/> when the board guessed it rather than the employer.</summary>
public sealed record PostingSalary(decimal? Min, decimal? Max, string? Currency, SalaryPeriod? Period, bool IsEstimated = false);

/// <summary>
/// One job advertisement as a board publishes it, in the product's terms: every adapter maps its board's payload to
/// this. The description HTML is already sanitised; skills are filled by <see cref="PostingRules"/>.
/// </summary>
public sealed record NormalisedPosting
{
    public required BoardType Board { get; init; }
    public required string ExternalId { get; init; }
    public required string Title { get; init; }
    public required string Company { get; init; }
    public IReadOnlyList<PostingLocation> Locations { get; init; } = [];
    public RemoteMode Remote { get; init; }
    public EmploymentType? EmploymentType { get; init; }
    public PostingSalary? Salary { get; init; }
    public string? DescriptionHtml { get; init; }
    public string? DescriptionText { get; init; }
    public string? Url { get; init; }
    public string? ApplyUrl { get; init; }
    public DateTime? PostedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
    public DateOnly? ValidThrough { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
}
