namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>Carries out a queued run: fetch, store and de-duplicate, then give each subscriber what fits them.</summary>
public sealed class IngestionRunner
{
    public Task ExecuteAsync(int runId, CancellationToken ct) => throw new NotImplementedException($"Run {runId} is not carried out yet.");
}
