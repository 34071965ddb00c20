using System.Diagnostics;
using System.Net;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerCopilot.Tests.Pages;

public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_dashboard_counts_the_pipeline_and_refreshes_its_parts_after_a_change()
    {
        var client = await app.SignedInAsync();
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Finish your profile", home.QuerySelector(".alert-info")?.TextContent);
        Assert.Equal(["0", "0", "0", "0", "0%"], home.QuerySelectorAll("#figures .stat-value").Select(s => s.TextContent));
        Assert.Contains("jobs-changed from:body", home.QuerySelector("#figures")?.GetAttribute("hx-trigger"));
        Assert.Contains("application-changed from:body", home.QuerySelector("#activity")?.GetAttribute("hx-trigger"));

        var form = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Status"] = "interview" });
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Fabrikam", ["Input.Title"] = "Developer", ["Input.TechStack"] = "C#" });

        var figures = await client.HtmxGetAsync("/?handler=Figures");
        Assert.Contains("HX-Request", figures.Headers.Vary);
        var part = await HtmlClient.ParseFragmentAsync(await figures.Content.ReadAsStringAsync());
        Assert.Equal(["2", "1", "1", "0", "100%"], part.QuerySelectorAll(".stat-value").Select(s => s.TextContent));
        Assert.Contains("1 of 1 heard back", part.QuerySelector("[data-stat=response-rate] + .stat-label")?.TextContent);
        Assert.Equal("1", part.QuerySelector("[data-status=interview]")?.TextContent);
        Assert.Equal(["1", "1", "0", "0"], part.QuerySelectorAll(".funnel-table tbody tr td:nth-child(2)").Select(td => td.TextContent));
        Assert.Equal("1", part.QuerySelector("[data-stat=this-week]")?.TextContent);
        Assert.Equal(3, part.QuerySelectorAll("canvas[data-chart]").Length);

        var activity = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/?handler=Activity")).Content.ReadAsStringAsync());
        Assert.Contains("Contoso", activity.QuerySelector(".recent-list")?.TextContent);
        Assert.Contains("moved to", activity.QuerySelector(".recent-list")?.TextContent);
        Assert.Equal(["Developer"], activity.QuerySelectorAll(".top-matches a").Select(a => a.TextContent));

        var plain = await client.GetAsync("/?handler=Figures");
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
    }
}

/// <summary>The real command a newcomer runs, twice, against a fresh data directory.</summary>
public sealed class DemoSeedTests
{
    [Fact]
    public async Task Seeding_the_demo_creates_a_living_account_once()
    {
        var data = Directory.CreateTempSubdirectory("cc-seed-").FullName;
        try
        {
            var first = await RunAsync(data);
            var second = await RunAsync(data);

            Assert.Contains("Demo account created.", first);
            Assert.Contains("already exists", second);
            Assert.Contains("Password: orange kite harbour 2026", second);

            await using var db = new SqliteConnection($"Data Source={Path.Combine(data, "careercopilot.db")};Pooling=False");
            await db.OpenAsync();
            Assert.Equal(1L, await ScalarAsync(db, "SELECT COUNT(*) FROM AspNetUsers"));
            Assert.InRange(await ScalarAsync(db, "SELECT COUNT(*) FROM Jobs"), 25, 40);
            Assert.Equal(7L, await ScalarAsync(db, "SELECT COUNT(DISTINCT Status) FROM Jobs"));
            Assert.True(await ScalarAsync(db, "SELECT COUNT(*) FROM ApplicationEvents") > await ScalarAsync(db, "SELECT COUNT(*) FROM Applications"));
            Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM Jobs j JOIN Applications a ON a.JobId = j.Id WHERE a.Status <> j.Status"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> RunAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet", ["CareerCopilot.Web.dll", "--seed-demo"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DataDirectory"] = dataDirectory, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
