namespace CareerCopilot.Web.Domain.Ingestion;

public enum IngestionStatus { Queued, Running, Succeeded, PartiallyFailed, Failed }

public enum IngestionTrigger { Manual, Nightly }

/// <summary>
/// One run of ingestion, a row before it starts: a restart finds it and carries on where it stood, and its history is
/// there to see. A manual run belongs to the user who asked for it; the nightly one to no one.
/// </summary>
public sealed class IngestionRun
{
    public int Id { get; set; }
    public int? UserId { get; set; }
    public IngestionTrigger Trigger { get; set; }
    public IngestionStatus Status { get; set; }
    public DateTime QueuedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int JobsAdded { get; set; }
    public List<IngestionRunSource> Sources { get; set; } = [];
}

/// <summary>
/// One board query of a run, fetched once for every source that asks it: what came back and what became of it, or the
/// error that stopped it.
/// </summary>
public sealed class IngestionRunSource
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public BoardType Type { get; set; }
    public string Key { get; set; } = "";
    public string Query { get; set; } = "";
    public string Location { get; set; } = "";
    public IngestionStatus Status { get; set; }
    public int Fetched { get; set; }
    public int NewPostings { get; set; }
    public int Duplicates { get; set; }
    public int Skipped { get; set; }
    public int JobsAdded { get; set; }
    public string? Error { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>The postings this reading found, new or known: what its subscribers are offered, now or by a later run that may not read the board again so soon.</summary>
    public List<int> PostingIds { get; set; } = [];

    /// <summary>What to ask the board: blank parts are no part.</summary>
    public BoardQuery AsQuery() => new(Key.Length == 0 ? null : Key, Query.Length == 0 ? null : Query, Location.Length == 0 ? null : Location);

    public bool Asks(Source source) => source.Type == Type && source.Key == Key && source.Query == Query && source.Location == Location;
}
