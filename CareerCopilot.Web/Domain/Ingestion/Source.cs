using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// One user's subscription to a job board: a company's board by its key, or an aggregator's search. Blank parts are
/// stored as empty text, not null, so the same subscription twice is one unique index away.
/// </summary>
public sealed class Source : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public BoardType Type { get; set; }
    public string Key { get; set; } = "";
    public string Query { get; set; } = "";
    public string Location { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? LastRunAt { get; set; }
    public IngestionStatus? LastRunStatus { get; set; }
    public int LastRunJobsAdded { get; set; }
    public string? LastRunError { get; set; }
}
