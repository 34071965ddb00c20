using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CareerCopilot.Tests.Hosting;

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
