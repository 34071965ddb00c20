using BenchmarkDotNet.Attributes;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Benchmarks;

/// <summary>Skill extraction from a realistic 400-word job description.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const string Paragraphs = """
        Contoso Cloud is a profitable, independent company of about 300 people. Our customers range from small shops to some
        of the largest retailers in Europe, and they stay for years because the product simply works. We are hiring a Senior
        Backend Engineer to join the payments team in Berlin, hybrid, with two office days a week.

        What you will do:
        • Design, build and run services in C# on .NET 8, deployed to Kubernetes on Microsoft Azure.
        • Own the data model in PostgreSQL and the event stream in Apache Kafka; keep both fast and correct.
        • Review code and give kind, specific feedback; pair with colleagues on hard problems.
        • Improve our CI/CD pipelines in GitHub Actions and the observability of every service with OpenTelemetry and Grafana.
        • Help us go to market in three new countries next year, and react quickly when an incident needs you.

        What you bring:
        • Five or more years of backend development, ideally in C#, Java or Go.
        • Solid SQL and experience with Redis, Docker and Terraform.
        • You excel at explaining trade-offs to people outside engineering, including the C-level.
        • Familiarity with domain-driven design and event-driven architecture is a plus.

        We moved away from our PHP monolith last year, and our legacy AngularJS admin front end is being replaced by React
        with TypeScript. You will not need either of the old ones, but you will meet their ghosts in the history.

        What we offer: a salary between 75,000 and 95,000 EUR, 30 days of holiday, a learning budget, and a quiet on-call
        rotation that is well documented. We believe in small teams that own what they build from the first sketch to
        production, in writing things down, and in calm releases several times a day. Our R&D group publishes what it learns,
        and every engineer spends one day a month on whatever makes their work better. If this sounds like you, apply with a
        short note about something you built and are proud of; no cover letter template needed. We read every application
        and answer within a week, whatever the answer is. Contoso is an equal opportunity employer and welcomes people of
        every background, age and ability; tell us what you need for the interviews and we will arrange it. The process is
        two conversations: one with the team about a real problem we solved last year, and one with the head of engineering.
        """;

    private SkillExtractor extractor = null!;

    [GlobalSetup]
    public void Setup() => extractor = new SkillExtractor(SkillCatalogue.LoadEmbedded());

    [Benchmark]
    public int ExtractFrom400Words() => extractor.Extract(Paragraphs).Count;
}
