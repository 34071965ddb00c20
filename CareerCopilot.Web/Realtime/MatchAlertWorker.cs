using CareerCopilot.Web.Domain.Events;

namespace CareerCopilot.Web.Realtime;

/// <summary>Scores each queued batch in a scope of its own; a batch that fails is logged and the next one goes on.</summary>
public sealed partial class MatchAlertWorker(MatchAlertInbox queue, IServiceScopeFactory scopes, ILogger<MatchAlertWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var batch in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<MatchAlertService>().AlertAsync(batch.UserId, batch.JobIds, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(e, batch.UserId, batch.JobIds.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Match alerts for user {UserId} ({Count} jobs) could not be worked out")]
    private partial void LogFailed(Exception error, int userId, int count);
}
