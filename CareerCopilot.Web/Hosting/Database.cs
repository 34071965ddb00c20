using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Hosting;

public static class Database
{
    public static void AddDatabase(this WebApplicationBuilder builder, DataDirectory data)
    {
        var connectionString = ConnectionString(builder.Configuration, data);
        if (!connectionString.Contains("Data Source", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                "ConnectionStrings:Default must be a SQLite connection string (Data Source=...); PostgreSQL is not supported by this version.");
        // The factory also registers the scoped context a request uses; the factory's contexts serve work that outlives
        // a request (a snapshot build other requests wait for).
        builder.Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite(connectionString));
    }

    public static string ConnectionString(IConfiguration configuration, DataDirectory data) =>
        configuration.GetConnectionString("Default") is { Length: > 0 } configured
            ? configured
            : $"Data Source={data.File("careercopilot.db")}";

    /// <summary>Brings the schema up to date; WAL lets readers go on while a write is in flight.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var upgraded = await scope.ServiceProvider.GetRequiredService<StoredSkillsUpgrade>().RunAsync(CancellationToken.None);
        if (upgraded > 0)
            app.Logger.LogInformation("Brought {Count} profiles and jobs under the current skill catalogue's names", upgraded);
        await scope.ServiceProvider.GetRequiredService<JobLinkKeysUpgrade>().RunAsync(CancellationToken.None);
    }
}
