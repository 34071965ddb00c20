using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>What every adapter does with a board's items.</summary>
public static class Adapters
{
    /// <summary>
    /// Maps each item; an item that maps to nothing, or whose mapping fails on a field of the wrong shape, is counted as
    /// skipped and left out whole, and the others go on.
    /// </summary>
    public static BoardFetch MapEach<T>(IEnumerable<T> items, Func<T, NormalisedPosting?> map)
    {
        var postings = new List<NormalisedPosting>();
        var skipped = 0;
        foreach (var item in items)
        {
            NormalisedPosting? posting;
            try
            {
                posting = map(item);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or ArgumentException or KeyNotFoundException)
            {
                posting = null;
            }
            if (posting is null) skipped++;
            else postings.Add(posting);
        }
        return new BoardFetch(postings, skipped);
    }
}
