using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Infrastructure.JobSources;

/// <summary>
/// The app's ingestion wiring (adapters, the shared client with its retries and limits) over a fake job board that
/// stands in for every board, without the web host: what adapter and resilience tests need.
/// </summary>
public sealed class BoardHarness : IAsyncLifetime
{
    private ServiceProvider? services;

    public FakeJobBoard Fake { get; private set; } = null!;

    /// <summary>Settings a test adds or changes before <see cref="InitializeAsync"/>.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Fetch:AllowPrivateNetworks"] = "true",
        ["Ingestion:PerHostDelay"] = "00:00:00",
        ["Ingestion:RetryDelay"] = "00:00:00.050",
        ["Ingestion:RequestTimeout"] = "00:00:02",
        ["Ingestion:MaxRetries"] = "2",
        ["Sources:Adzuna:AppId"] = "test-app",
        ["Sources:Adzuna:ApiKey"] = "test-key",
        ["Sources:UsaJobs:ApiKey"] = "test-key",
        ["Sources:UsaJobs:Email"] = "ops@example.test",
        ["Sources:Jooble:ApiKey"] = "test-key",
    };

    public async Task InitializeAsync()
    {
        Fake = await FakeJobBoard.StartAsync();
        foreach (var board in BoardCatalogue.All) Settings.TryAdd($"Sources:{board.ConfigName}:BaseUrl", Fake.BaseUrl);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddSingleton(Shipped.Catalogue);
        collection.AddSingleton(Shipped.Extractor);
        collection.AddCapture().AddIngestion();
        services = collection.BuildServiceProvider();
    }

    public IServiceProvider Services => services!;

    public IJobBoard Board(BoardType type) => services!.GetServices<IJobBoard>().Single(b => b.Type == type);

    /// <summary>Fetches through the adapter and completes each posting as a run does (validated, skills read).</summary>
    public async Task<IReadOnlyList<NormalisedPosting>> FetchAsync(BoardType type, BoardQuery query)
    {
        var rules = services!.GetRequiredService<PostingRules>();
        var fetch = await Board(type).FetchAsync(query, CancellationToken.None);
        return fetch.Postings.Select(rules.Complete).OfType<NormalisedPosting>().ToList();
    }

    public async Task DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
