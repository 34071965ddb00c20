using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Tests.Domain.Skills;

public sealed class SkillCatalogueTests
{
    private static readonly SkillCatalogue Catalogue = Shipped.Catalogue;

    [Fact]
    public void The_catalogue_is_broad_and_every_spelling_means_one_skill()
    {
        Assert.True(Catalogue.Skills.Count >= 400, $"{Catalogue.Skills.Count} skills");
        var spellings = Catalogue.Skills.SelectMany(s => s.Spellings.Select(sp => (Spelling: sp.Trim().ToLowerInvariant(), s.Name))).ToList();
        var clashes = spellings.GroupBy(x => x.Spelling).Where(g => g.Select(x => x.Name).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(clashes);
        var categories = new[] { "language", "framework", "database", "cloud", "devops", "data", "testing", "security", "tool", "design", "practice", "business_software", "professional" };
        Assert.All(Catalogue.Skills, s => Assert.Contains(s.Category, categories));
        Assert.All(Catalogue.Skills.Where(s => s.Ambiguous.Count > 0),
            s => Assert.All(s.Ambiguous, a => Assert.Contains(a, s.Spellings, StringComparer.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("postgres", "PostgreSQL")]
    [InlineData("c#", "C#")]
    [InlineData("golang", "Go")]
    [InlineData("aws", "Amazon Web Services")]
    [InlineData("azure", "Microsoft Azure")]
    [InlineData("gcp", "Google Cloud")]
    [InlineData("dotnet", ".NET")]
    [InlineData("nodejs", "Node.js")]
    [InlineData("  Google   cloud ", "Google Cloud")]
    [InlineData("ReactJS", "React")]
    [InlineData("ts", "TypeScript")]
    [InlineData("excel", "Microsoft Excel")]
    [InlineData("Some in-house tool", "Some in-house tool")]
    public void Skills_are_stored_under_their_canonical_names(string typed, string stored) =>
        Assert.Equal(stored, Catalogue.Normalise([typed], new Validation(), "skills").Single());

    [Fact]
    public void A_skill_list_collapses_aliases_and_case_into_one_entry_each()
    {
        var v = new Validation();
        var skills = Catalogue.Normalise(["k8s", "Kubernetes", " kubernetes ", "Postgres", "my own thing", "", "MY OWN THING"], v, "skills");
        Assert.Equal(["Kubernetes", "PostgreSQL", "my own thing"], skills);
    }
}
