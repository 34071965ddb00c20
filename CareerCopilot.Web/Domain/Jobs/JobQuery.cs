using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Jobs;

public enum JobSort { CreatedDesc, CreatedAsc, Company, CompanyDesc, Title, TitleDesc, Status, StatusDesc }

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
