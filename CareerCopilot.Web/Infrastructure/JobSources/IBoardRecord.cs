using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>A board that can read one job by its key and id, mapped as its whole-board fetch maps it.</summary>
public interface IBoardRecord
{
    BoardType Type { get; }

    /// <summary>The posting, or null when the board has no such job; throws <see cref="BoardFetchException"/> when the board cannot be read.</summary>
    Task<NormalisedPosting?> FetchRecordAsync(string key, string id, CancellationToken ct);
}
