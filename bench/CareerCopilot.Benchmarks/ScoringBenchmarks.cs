using BenchmarkDotNet.Attributes;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Benchmarks;

/// <summary>The default score over a batch of varied jobs: the figure to read is the time per scoring.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Jobs = 10_000;

    private static readonly string[] Skills =
    [
        "C#", ".NET", "Java", "Python", "Go", "Rust", "TypeScript", "React", "PostgreSQL", "MySQL", "Redis", "Docker", "Kubernetes",
        "Terraform", "Amazon Web Services", "Microsoft Azure", "Google Cloud", "Apache Kafka", "GraphQL", "Git", "SQL", "Linux",
    ];

    private static readonly string[] Locations = ["Berlin, Germany", "Munich, Germany", "Amsterdam, Netherlands", "Remote", "London, United Kingdom"];

    private readonly MatchProfile profile = new(["C#", ".NET", "PostgreSQL", "Docker", "Kubernetes", "SQL", "Git"], ["Berlin", "Amsterdam", "Remote"],
        ExperienceLevel.Senior);

    private (string[] Stack, string Location, RemoteMode Remote, ExperienceLevel? Level)[] jobs = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        jobs = Enumerable.Range(0, Jobs).Select(_ => (
            Skills.OrderBy(_ => random.Next()).Take(random.Next(0, 9)).ToArray(),
            Locations[random.Next(Locations.Length)],
            (RemoteMode)random.Next(4),
            random.Next(6) is var level && level == 5 ? (ExperienceLevel?)null : (ExperienceLevel)level)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Jobs)]
    public int ScoreEveryJob()
    {
        var sum = 0;
        foreach (var (stack, location, remote, level) in jobs)
            sum += MatchScorer.Score(profile, stack, location, remote, level).Score;
        return sum;
    }
}
