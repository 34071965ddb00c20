using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>One user's tracked job: their own editable copy of a posting's fields plus where they stand with it.</summary>
public sealed class Job : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Company { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Location { get; set; }
    public RemoteMode Remote { get; set; }
    public EmploymentType? EmploymentType { get; set; }
    public ExperienceLevel? ExperienceLevel { get; set; }
    public List<string> TechStack { get; set; } = [];
    public string? Responsibilities { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? ApplyUrl { get; set; }
    public int? SalaryMin { get; set; }
    public int? SalaryMax { get; set; }
    public string? SalaryCurrency { get; set; }
    public SalaryPeriod? SalaryPeriod { get; set; }
    public JobStatus Status { get; set; }
    public JobSource Source { get; set; }
    public string? SourceDetail { get; set; }

    /// <summary>The shared posting this job was made from, when ingestion brought it: its links on every board.</summary>
    public int? PostingId { get; set; }

    /// <summary>The user's subscription that brought it, for that source's record of what came of its jobs.</summary>
    public int? SourceId { get; set; }
    public string? Notes { get; set; }
    public DateOnly? DateApplied { get; set; }

    /// <summary>The last day to apply, when the posting names one.</summary>
    public DateOnly? Deadline { get; set; }
    public DateTime? PostedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Company, title, location and stack in one lower-case string, kept up to date on save, so a search is one
    /// LIKE over one column instead of four and a JSON walk per row.
    /// </summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The link as <see cref="Ingestion.PostingKeys.Url"/> compares it, so the same page imported twice is found.</summary>
    public string? UrlKey { get; private set; }

    /// <summary>Brings the columns derived from the job's fields up to date; every save calls it.</summary>
    public void RefreshDerivedFields()
    {
        SearchText = string.Join('\n', [Company, Title, Location ?? "", .. TechStack]).ToLowerInvariant();
        UrlKey = Ingestion.PostingKeys.Url(Url);
    }

    public Application? Application { get; set; }
}
