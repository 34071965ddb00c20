using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerCopilot.Tests.Domain.Skills;

public sealed class SkillExtractorTests(ITestOutputHelper output)
{
    private static IReadOnlyList<string> Extract(string text) => Shipped.Extractor.Extract(text);

    [Theory]
    [InlineData("We write C#, C++ and F# on .NET 8, with Node.js tooling and CI/CD on every merge.", new[] { "C#", "C++", "F#", ".NET", "Node.js", "CI/CD" })]
    [InlineData("Our platform runs on Google Cloud and we apply machine learning to fraud.", new[] { "Google Cloud", "Machine learning" })]
    [InlineData("Stack: Go/Postgres/k8s | Python | Redis", new[] { "Go", "PostgreSQL", "Kubernetes", "Python", "Redis" })]
    [InlineData("You will build statistical models in R and Python.", new[] { "R", "Python" })]
    [InlineData("Our drivers are written in C.", new[] { "C" })]
    [InlineData("Everything runs on Kubernetes's latest release. We like Django's ORM.", new[] { "Kubernetes", "Django" })]
    [InlineData("Build iOS apps in Swift and SwiftUI.", new[] { "iOS", "Swift", "SwiftUI" })]
    [InlineData("Experience with Excel (pivot tables, VLOOKUP) is essential.", new[] { "Microsoft Excel", "Pivot tables" })]
    [InlineData("<ul><li><b>Rust</b> services</li><li>Kafka &amp; Spark jobs</li></ul>", new[] { "Rust", "Apache Kafka", "Apache Spark" })]
    public void Finds_symbol_multi_word_and_listed_skills(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Extract(text).Order());

    [Theory]
    [InlineData("Help us go to market in Spain and grow our R&D team.")]
    [InlineData("You will report to the C-level and present to the C-suite.")]
    [InlineData("Tidy spaces that spark joy; you excel at keeping things in order.")]
    [InlineData("You react quickly to customers and Excel at follow-up.")]
    [InlineData("Go beyond the brief. Swift turnaround expected; start this spring.")]
    [InlineData("A head Chef who knows that salt and timing matter.")]
    public void Ignores_ordinary_words_that_look_like_skills(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Leaves_out_what_the_company_moved_away_from()
    {
        var skills = Extract("We moved away from PHP to Go last year, and our legacy AngularJS front end is being replaced by React. Postgres everywhere.");
        Assert.Equal(["Go", "PostgreSQL", "React"], skills.Order());
    }

    [Fact]
    public void A_skill_left_behind_in_one_place_but_asked_for_in_another_is_kept()
    {
        var skills = Extract("We are migrating off Oracle onto PostgreSQL. You know PL/SQL and Oracle well enough to help with the move.");
        Assert.Contains("Oracle Database", skills);
    }

    /// <summary>The labelled set: real-looking postings, software and not, with traps. Micro-averaged over every label.</summary>
    [Fact]
    public void Precision_and_recall_on_the_labelled_descriptions_meet_the_bar()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction", "labelled-descriptions.json");
        var set = JsonSerializer.Deserialize<List<Labelled>>(File.ReadAllText(path), JsonSerializerOptions.Web)!;
        Assert.True(set.Count >= 40, $"{set.Count} descriptions");

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var misses = new List<string>();
        foreach (var item in set)
        {
            var found = Extract(item.Text).ToHashSet();
            var expected = item.Skills.ToHashSet();
            truePositives += found.Intersect(expected).Count();
            falsePositives += found.Except(expected).Count();
            falseNegatives += expected.Except(found).Count();
            foreach (var extra in found.Except(expected)) misses.Add($"{item.Id}: +{extra}");
            foreach (var missed in expected.Except(found)) misses.Add($"{item.Id}: -{missed}");
        }
        var precision = (double)truePositives / (truePositives + falsePositives);
        var recall = (double)truePositives / (truePositives + falseNegatives);
        var report = $"precision {precision:0.000}, recall {recall:0.000} over {truePositives + falseNegatives} labels\n" + string.Join("\n", misses);
        output.WriteLine(report);
        Assert.True(precision >= 0.90, report);
        Assert.True(recall >= 0.85, report);
    }

    private sealed record Labelled(string Id, string Text, List<string> Skills);
}
