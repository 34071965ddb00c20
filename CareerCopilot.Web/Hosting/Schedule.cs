using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Coravel;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>The app's clock-driven work, in one place: nightly ingestion, digests when due.</summary>
public static class Schedule
{
    /// <summary>
    /// The nightly ingestion at 04:00 server time and the digest run every 15 minutes (it picks the users whose
    /// morning or evening has come), unless <c>Scheduler:Enabled</c> is false. Each task runs one at a time; a task that
    /// throws is logged and the scheduler carries on with the next tick.
    /// </summary>
    public static void UseSchedule(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value.Enabled) return;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Schedule).FullName!);
        app.Services.UseScheduler(scheduler =>
            {
                scheduler.Schedule<NightlyIngestionJob>().DailyAt(4, 0).Zoned(TimeZoneInfo.Local).PreventOverlapping(nameof(NightlyIngestionJob));
                scheduler.Schedule<DigestRunJob>().EveryFifteenMinutes().PreventOverlapping(nameof(DigestRunJob));
            })
            .LogScheduledTaskProgress()
            .OnError(e => log.LogError(e, "A scheduled task failed; the schedule carries on"));
    }

    /// <summary>
    /// <c>--digests</c>: the digest run, once, now, and then exit: for a scheduler outside the app (cron every 15
    /// minutes) when <c>Scheduler:Enabled</c> is false, and for measuring a run.
    /// </summary>
    public static async Task SendDigestsOnceAsync(this WebApplication app)
    {
        // Starting builds the endpoints the mail's links are generated from; nothing listens (see ForOneDigestRun).
        await app.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await scope.ServiceProvider.GetRequiredService<DigestService>().RunScheduledAsync(CancellationToken.None);
        await app.StopAsync();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Digest run: {run.Users} subscribed users, {run.Sent} sent, {run.Empty} with nothing to say, {run.Failed} failed, {run.Skipped} already handled, in {started.Elapsed.TotalSeconds:0.00} s."));
    }

    /// <summary>
    /// <c>--digests</c> starts the app only to have its routes (the mail links come from them): no port is opened and no
    /// background work starts (no schedule, no queue, no carrying on of unfinished runs), so it can run beside the
    /// serving instance.
    /// </summary>
    public static void ForOneDigestRun(this WebApplicationBuilder builder)
    {
        var background = builder.Services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName != "Microsoft.AspNetCore.Hosting.GenericWebHostService").ToList();
        foreach (var service in background) builder.Services.Remove(service);
        builder.Services.AddSingleton<IServer, NoServer>();
    }

    /// <summary>A server that serves nothing: the app starts without listening.</summary>
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
            Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
