using CareerCopilot.Web.Infrastructure.Web.JobPages;

namespace CareerCopilot.Tests.Infrastructure.Web.JobPages;

/// <summary>The labelled job pages under Fixtures/Pages and the page reader as the app wires it, without a host.</summary>
public static class PageFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages");

    public static string Html(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static JobPageReader Reader() => new([new JsonLdExtractor(), new MicrodataExtractor(), new MetaExtractor()]);

    public static Uri Url(string name) => new($"https://careers.example.test/jobs/{Path.GetFileNameWithoutExtension(name)}");
}
