using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>
/// Politeness: requests to one host take turns, at least the configured delay apart (longer where a board asks for it),
/// however many subscriptions and runs want that host at once. The pacing is of the real network, so it keeps real
/// time, not the product's clock.
/// </summary>
public sealed class HostTurns(IOptions<IngestionOptions> options)
{
    private sealed class Turn
    {
        public DateTimeOffset Next = DateTimeOffset.MinValue;
    }

    private readonly ConcurrentDictionary<string, Turn> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for this caller's turn at the address's host: each caller books the next free slot, then waits for it.</summary>
    public Task WaitAsync(Uri address, TimeSpan boardInterval, CancellationToken ct)
    {
        var turn = hosts.GetOrAdd(address.Authority, _ => new Turn());
        var interval = boardInterval > options.Value.PerHostDelay ? boardInterval : options.Value.PerHostDelay;
        var now = TimeProvider.System.GetUtcNow();
        DateTimeOffset slot;
        lock (turn)
        {
            slot = turn.Next > now ? turn.Next : now;
            turn.Next = slot + interval;
        }
        return slot > now ? Task.Delay(slot - now, ct) : Task.CompletedTask;
    }
}
