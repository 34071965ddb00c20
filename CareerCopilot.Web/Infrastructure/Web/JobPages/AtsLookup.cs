using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.JobSources;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>
/// A known ATS link read from the board's API through the board adapters (their client, their endpoints, their
/// mapping), so an imported Greenhouse job reads exactly as a followed Greenhouse board's does. Any failure is
/// "not found here": the caller fetches the page instead. A person is waiting, so the board has the fetcher's deadline,
/// not the nightly run's patience.
/// </summary>
public sealed class AtsLookup(IEnumerable<IJobBoard> boards, PostingRules rules, IOptions<FetchOptions> options, ILogger<AtsLookup> logger)
    : IAtsLookup
{
    public async Task<FoundJob?> FindAsync(Uri url, CancellationToken ct)
    {
        if (AtsLinks.Recognise(url) is not { } link) return null;
        if (boards.OfType<IBoardRecord>().FirstOrDefault(b => b.Type == link.Board) is not { } board) return null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Value.Timeout);
        try
        {
            var posting = await board.FetchRecordAsync(link.Key, link.Id, deadline.Token);
            return posting is not null && rules.Complete(posting) is { } complete
                ? FoundJob.From(complete, BoardCatalogue.Of(link.Board).DisplayName) : null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogInformation("{Board} did not answer for {Key}/{Id} in time; reading the page instead", link.Board, link.Key, link.Id);
            return null;
        }
        catch (Exception e) when (e is BoardFetchException or FormatException or InvalidOperationException or ArgumentException)
        {
            logger.LogInformation("{Board} had no record for {Key}/{Id}: {Reason}; reading the page instead", link.Board, link.Key, link.Id, e.Message);
            return null;
        }
    }
}
