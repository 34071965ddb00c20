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
    public const int MaxSearchLength = 200;
}
