using CareerCopilot.Web.Domain.Ingestion;
using Coravel.Invocable;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>The nightly run: every enabled source, each board query read once, then every subscriber given what fits.</summary>
public sealed class NightlyIngestionJob(IngestionService ingestion, IngestionRunner runner) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public async Task Invoke()
    {
        var run = await ingestion.QueueNightlyRunAsync(CancellationToken);
        await runner.ExecuteAsync(run.Id, CancellationToken);
    }
}
