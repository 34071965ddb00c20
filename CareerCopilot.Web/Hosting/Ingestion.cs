using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.JobSources;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Coravel;
using CareerCopilot.Web.Infrastructure.Web;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerCopilot.Web.Hosting;

/// <summary>Job ingestion's wiring: the boards' adapters, the one client they share, and the options they read.</summary>
public static class Ingestion
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SourcesOptions>().Configure<IConfiguration>((o, config) => config.GetSection(SourcesOptions.Section).Bind(o.Boards));
        services.AddSingleton<BoardEndpoints>();
        services.AddSingleton<HostTurns>();
        services.AddSingleton<BoardHttp>();
        services.AddSingleton<PostingRules>();
        services.AddScoped<IngestionService>();
        services.AddScoped<SourceService>();
        services.AddSingleton<IBoardAvailability, ConfiguredBoards>();
        services.AddScoped<IngestionRunner>();
        services.AddScoped<PostingStore>();
        services.AddScoped<FanOut>();
        services.AddOptions<RunOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddQueue();
        services.AddScheduler();
        services.AddTransient<IngestionRunJob>();
        services.AddTransient<NightlyIngestionJob>();
        services.AddHostedService<UnfinishedRuns>();
        services.AddSingleton<IIngestionDispatcher, CoravelIngestionDispatcher>();

        services.AddHttpClient(BoardHttp.ClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<IngestionOptions>>().Value.UserAgent);
                // The resilience pipeline times each attempt and the whole; the client itself never cuts a retry short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<GuardedConnections>().CreateHandler())
            .AddResilienceHandler("boards", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<IngestionOptions>>().Value;
                pipeline.AddTimeout(o.RequestTimeout * (o.MaxRetries + 2));
                if (o.MaxRetries > 0)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        // 429 and 5xx, timeouts and broken connections; Retry-After wins over the backoff when sent.
                        MaxRetryAttempts = o.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = o.RetryDelay,
                        MaxDelay = TimeSpan.FromMinutes(2),
                        ShouldRetryAfterHeader = true,
                        // An address refused by policy stays refused: no second try.
                        ShouldHandle = args => args.Outcome.Exception is HttpRequestException { InnerException: AddressNotAllowedException }
                            ? PredicateResult.False()
                            : ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    });
                pipeline.AddTimeout(o.RequestTimeout);
            });

        foreach (var adapter in typeof(Ingestion).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IJobBoard))))
            services.AddSingleton(typeof(IJobBoard), adapter);
        return services;
    }

    /// <summary>
    /// <c>--ingest</c>: the nightly run, once, now, and then exit: for a scheduler outside the app (cron) when
    /// <c>Scheduler:Enabled</c> is false, and for measuring a run.
    /// </summary>
    public static async Task IngestOnceAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<IngestionService>().QueueNightlyRunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IngestionRunner>().ExecuteAsync(run.Id, CancellationToken.None);
        var done = await scope.ServiceProvider.GetRequiredService<IngestionService>().GetAnyRunAsync(run.Id, CancellationToken.None);
        Console.WriteLine($"Ingestion run {done.Id}: {done.Status}, {done.Sources.Count} board queries, "
            + $"{done.Sources.Sum(s => s.Fetched)} postings read, {done.Sources.Sum(s => s.NewPostings)} new, "
            + $"{done.Sources.Sum(s => s.Duplicates)} duplicates, {done.JobsAdded} jobs added.");
        foreach (var failed in done.Sources.Where(s => s.Error is not null))
            Console.WriteLine($"  {BoardCatalogue.Of(failed.Type).DisplayName} {SourceRules.Terms(failed.Key, failed.Query, failed.Location)}: {failed.Error}");
    }
}
