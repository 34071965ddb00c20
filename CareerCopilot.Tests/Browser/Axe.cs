namespace CareerCopilot.Tests.Browser;

/// <summary>axe-core, from the test project's npm packages (package.json beside the test project).</summary>
public static class Axe
{
    public static string Source => Loaded.Value;

    /// <summary>Runs axe on the whole document and returns its serious and critical violations, one line each.</summary>
    public const string RunSerious = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
        }
        """;

    private static readonly Lazy<string> Loaded = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(file)) return File.ReadAllText(file);
        }
        throw new FileNotFoundException(
            $"axe-core is not installed above {AppContext.BaseDirectory}: run `npm ci` in CareerCopilot.Tests (scripts/test.sh does).");
    });
}
