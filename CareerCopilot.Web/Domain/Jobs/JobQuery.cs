using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>
/// List orders. <see cref="Score"/> is best match first; <see cref="ScoreAsc"/> the reverse. <see cref="Salary"/> is
/// lowest first, <see cref="SalaryDesc"/> highest first; <see cref="Deadline"/> is the soonest first. Jobs without a
/// location, salary or deadline come last either way.
/// </summary>
public enum JobSort
{
    CreatedDesc, CreatedAsc, Company, CompanyDesc, Title, TitleDesc, Status, StatusDesc, Score, ScoreAsc,
    Location, LocationDesc, Salary, SalaryDesc, Deadline, DeadlineDesc,
}

/// <summary>What a jobs list shows: search text, filters, order and page.</summary>
public sealed record JobQuery(
    string? Search = null,
    JobStatus? Status = null,
    JobSource? Source = null,
    RemoteMode? Remote = null,
    JobSort Sort = JobSort.CreatedDesc,
    PageRequest? Page = null)
{
    /// <summary>Longer search text is cut here rather than refused: it comes from a search box.</summary>
    public const int MaxSearchLength = 200;
}
