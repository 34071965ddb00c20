namespace CareerCopilot.Tests.Infrastructure;

/// <summary>The web project's sources, for tests that read them (Razor files, site.js).</summary>
public static class SourceTree
{
    public static string WebProject { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "CareerCopilot.Web");
            if (File.Exists(Path.Combine(web, "CareerCopilot.Web.csproj"))) return web;
        }
        throw new DirectoryNotFoundException($"No CareerCopilot.Web above {AppContext.BaseDirectory}");
    }
}
