using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>On start, settles what a stop left unfinished (<see cref="ResumeService.RecoverUnfinishedAsync"/>) and queues again the resumes it names.</summary>
public sealed class UnfinishedResumes(IServiceScopeFactory scopes, IResumeParseDispatcher dispatcher) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var id in await scope.ServiceProvider.GetRequiredService<ResumeService>().RecoverUnfinishedAsync(cancellationToken))
            dispatcher.Dispatch(id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
