using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>
/// A job as read from a page, a board's record or an email, before it is a job in anyone's list: plain values, text
/// already cleaned of markup and invisible characters; <see cref="Via"/> says which reader found it.
/// </summary>
public sealed record FoundJob
{
    public required string Title { get; init; }
    public required string Company { get; init; }
    public string? Location { get; init; }
    public RemoteMode Remote { get; init; }
    public EmploymentType? EmploymentType { get; init; }
    public PostingSalary? Salary { get; init; }
    public string? DescriptionText { get; init; }
    public string? ApplyUrl { get; init; }
    public DateTime? PostedAt { get; init; }
    public DateOnly? ValidThrough { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public required string Via { get; init; }

    /// <summary>A found job is usable when it names both the job and the employer.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Title) && !string.IsNullOrWhiteSpace(Company);

    /// <summary>This job with the gaps filled from another reading of the same page.</summary>
    public FoundJob FilledFrom(FoundJob other) => this with
    {
        Title = string.IsNullOrWhiteSpace(Title) ? other.Title : Title,
        Company = string.IsNullOrWhiteSpace(Company) ? other.Company : Company,
        Location = Location ?? other.Location,
        Remote = Remote == RemoteMode.Unknown ? other.Remote : Remote,
        EmploymentType = EmploymentType ?? other.EmploymentType,
        Salary = Salary ?? other.Salary,
        DescriptionText = DescriptionText ?? other.DescriptionText,
        ApplyUrl = ApplyUrl ?? other.ApplyUrl,
        PostedAt = PostedAt ?? other.PostedAt,
        ValidThrough = ValidThrough ?? other.ValidThrough,
        Skills = Skills.Count > 0 ? Skills : other.Skills,
    };

    /// <summary>A board adapter's posting, read the same way.</summary>
    public static FoundJob From(NormalisedPosting p, string via) => new()
    {
        Title = p.Title,
        Company = p.Company,
        Location = p.Locations.Count == 0 ? null : string.Join("; ", p.Locations.Select(l => l.Raw)),
        Remote = p.Remote,
        EmploymentType = p.EmploymentType,
        Salary = p.Salary,
        DescriptionText = p.DescriptionText,
        ApplyUrl = p.ApplyUrl ?? p.Url,
        PostedAt = p.PostedAt,
        ValidThrough = p.ValidThrough,
        Skills = p.Skills.Concat(p.Tags).ToList(),
        Via = via,
    };
}
