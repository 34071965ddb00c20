using System.ComponentModel.DataAnnotations;

namespace CareerCopilot.Web.Realtime;

/// <summary>The live event streams' settings (<c>Events:*</c>).</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>Seconds between heartbeats on a quiet stream, so proxies and load balancers keep it open.</summary>
    [Range(1, 3600)]
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>Streams one user may hold open at once (tabs, devices, scripts); one more is refused with 429.</summary>
    [Range(1, 1000)]
    public int MaxStreamsPerUser { get; set; } = 10;

    /// <summary>Match alerts waiting to be scored; when the queue is full the oldest batch is dropped (alerts are a courtesy).</summary>
    [Range(1, 100_000)]
    public int AlertQueue { get; set; } = 1000;
}
