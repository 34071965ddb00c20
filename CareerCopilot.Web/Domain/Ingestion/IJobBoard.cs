namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>What one subscription asks a board for: a company's key, or an aggregator's search.</summary>
public sealed record BoardQuery(string? Key = null, string? Query = null, string? Location = null);

/// <summary>
/// A board's current postings for one query, mapped; <paramref name="Skipped"/> counts the items the board sent that
/// could not be read as a posting (no title, a broken field), which are left out whole.
/// </summary>
public sealed record BoardFetch(IReadOnlyList<NormalisedPosting> Postings, int Skipped);

/// <summary>One job board, reached through its public API. Infrastructure implements one per board.</summary>
public interface IJobBoard
{
    BoardType Type { get; }

    /// <summary>
    /// Reads the board's postings for the query, following its pages. A board that cannot be read (down, slow, an
    /// answer that is not its format, too large, not configured) throws <see cref="BoardFetchException"/> with a
    /// sentence a person can act on.
    /// </summary>
    Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct);
}

/// <summary>A board could not be read; the message says why, for the source's run record.</summary>
public sealed class BoardFetchException(string message, Exception? inner = null) : Exception(message, inner);
