using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Coravel;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>The app's clock-driven work, in one place: nightly ingestion, hourly digests.</summary>
public static class Schedule
{
    /// <summary>
    /// The nightly ingestion at 04:00 server time and the digest run at the top of every hour (it picks the users whose
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
                scheduler.Schedule<DigestRunJob>().Hourly().PreventOverlapping(nameof(DigestRunJob));
            })
            .LogScheduledTaskProgress()
            .OnError(e => log.LogError(e, "A scheduled task failed; the schedule carries on"));
    }

    /// <summary>
    /// <c>--digests</c>: the hourly digest run, once, now, and then exit: for a scheduler outside the app (cron at minute
    /// 0) when <c>Scheduler:Enabled</c> is false, and for measuring a run.
    /// </summary>
    public static async Task SendDigestsOnceAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await scope.ServiceProvider.GetRequiredService<DigestService>().RunScheduledAsync(CancellationToken.None);
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Digest run: {run.Users} subscribed users, {run.Sent} sent, {run.Empty} with nothing to say, {run.Failed} failed, {run.Skipped} already handled, in {started.Elapsed.TotalSeconds:0.00} s."));
    }
}
