using CareerCopilot.Web.Domain.Ingestion;
using Coravel.Invocable;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>Carries out one queued run.</summary>
public sealed class IngestionRunJob(IngestionRunner runner) : IInvocable, IInvocableWithPayload<int>, ICancellableInvocable
{
    public int Payload { get; set; }
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => runner.ExecuteAsync(Payload, CancellationToken);
}
