using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>On start, hands every run a stop left queued or running back to the queue: it carries on where it stood.</summary>
public sealed class UnfinishedRuns(IServiceScopeFactory scopes, IIngestionDispatcher dispatcher) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var id in await scope.ServiceProvider.GetRequiredService<IngestionService>().UnfinishedRunIdsAsync(cancellationToken))
            dispatcher.Dispatch(id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
