using System.Threading.Channels;
using CareerCopilot.Web.Domain.Events;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Realtime;

/// <summary>
/// Where saves drop jobs that arrived by themselves: a bounded queue, so telling it never waits or fails the save (when
/// full, the oldest batch waiting goes: an alert is a courtesy, the job itself is saved and listed).
/// <see cref="MatchAlertWorker"/> scores them off the request.
/// </summary>
public sealed class MatchAlertInbox(IOptions<EventsOptions> options) : IMatchAlerts
{
    private readonly Channel<ArrivedJobs> queue = Channel.CreateBounded<ArrivedJobs>(new BoundedChannelOptions(options.Value.AlertQueue)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    public ChannelReader<ArrivedJobs> Reader => queue.Reader;

    public void JobsArrived(int userId, IReadOnlyCollection<int> jobIds)
    {
        if (jobIds.Count > 0) queue.Writer.TryWrite(new ArrivedJobs(userId, jobIds));
    }
}

public sealed record ArrivedJobs(int UserId, IReadOnlyCollection<int> JobIds);
