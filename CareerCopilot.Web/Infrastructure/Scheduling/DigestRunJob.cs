using CareerCopilot.Web.Domain.Digests;
using Coravel.Invocable;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>The digest run (every 15 minutes): every user whose morning or evening has come gets what is due.</summary>
public sealed class DigestRunJob(DigestService digests) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => digests.RunScheduledAsync(CancellationToken);
}
