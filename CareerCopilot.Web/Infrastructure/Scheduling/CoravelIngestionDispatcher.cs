using CareerCopilot.Web.Domain.Ingestion;
using Coravel.Queuing.Interfaces;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>Runs go to Coravel's queue in this process; the row they carry the id of is the truth if the process stops.</summary>
public sealed class CoravelIngestionDispatcher(IQueue queue) : IIngestionDispatcher
{
    public void Dispatch(int runId) => queue.QueueInvocableWithPayload<IngestionRunJob, int>(runId);
}
