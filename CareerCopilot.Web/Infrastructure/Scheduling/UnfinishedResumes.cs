using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>On start, hands every resume a stop left queued or mid-parse back to the queue: it is parsed again from its file.</summary>
public sealed class UnfinishedResumes(IServiceScopeFactory scopes, IResumeParseDispatcher dispatcher) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var id in await scope.ServiceProvider.GetRequiredService<ResumeService>().UnfinishedIdsAsync(cancellationToken))
            dispatcher.Dispatch(id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
