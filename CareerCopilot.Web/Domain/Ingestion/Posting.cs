using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// One job as published, shared by every user: the best of what the boards that carry it say (the board of highest
/// priority wins a field it gives), with one <see cref="PostingLink"/> per board. Its keys are the forms in which
/// another board's record of it is recognised (<see cref="PostingKeys"/>).
/// </summary>
public sealed class Posting
{
    public int Id { get; set; }
    public BoardType Board { get; set; }
    public string Title { get; set; } = "";
    public string Company { get; set; } = "";
    public string? Location { get; set; }
    public RemoteMode Remote { get; set; }
    public EmploymentType? EmploymentType { get; set; }
    public int? SalaryMin { get; set; }
    public int? SalaryMax { get; set; }
    public string? SalaryCurrency { get; set; }
    public SalaryPeriod? SalaryPeriod { get; set; }
    public bool SalaryEstimated { get; set; }
    public string? DescriptionHtml { get; set; }
    public string? DescriptionText { get; set; }
    public string? Url { get; set; }
    public string? ApplyUrl { get; set; }
    public DateTime? PostedAt { get; set; }
    public DateOnly? ValidThrough { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> Skills { get; set; } = [];

    public string CompanyKey { get; set; } = "";
    public string TitleKey { get; set; } = "";
    public string LocationKey { get; set; } = "";
    public long Fingerprint { get; set; }

    /// <summary>Another posting this one may be a copy of (an agency's, a near-identical text): linked, not merged.</summary>
    public int? PossibleDuplicateOfId { get; set; }

    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public List<PostingLink> Links { get; set; } = [];
}

/// <summary>Where one board publishes a posting: its id there and its link.</summary>
public sealed class PostingLink
{
    public int Id { get; set; }
    public int PostingId { get; set; }
    public BoardType Board { get; set; }
    public string ExternalId { get; set; } = "";
    public string? Url { get; set; }

    /// <summary>The link in the form <see cref="PostingKeys.Url"/> gives, for matching another board's link.</summary>
    public string? UrlKey { get; set; }
    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }
}

/// <summary>A posting given to a user: recorded so it is never given twice, even after the user deleted the job.</summary>
public sealed class PostingDelivery : IUserOwned
{
    public int UserId { get; set; }
    public int PostingId { get; set; }
    public int? SourceId { get; set; }
    public DateTime DeliveredAt { get; set; }
}
