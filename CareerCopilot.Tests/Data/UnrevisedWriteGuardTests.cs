using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Data;

/// <summary>A bulk write to a user's rows either moves their revision through the sanctioned API or is refused.</summary>
public sealed class UnrevisedWriteGuardTests(TempDatabase database) : IClassFixture<TempDatabase>
{
    /// <summary>A bulk write to each table a user owns, answering how many rows it wrote.</summary>
    private static readonly Dictionary<string, Func<AppDbContext, SeededUser, Task<int>>> BulkWrites = new()
    {
        ["Jobs: ExecuteUpdate"] = (db, u) => db.Jobs.Where(j => j.UserId == u.UserId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Notes, "Bulk")),
        ["Jobs: ExecuteDelete"] = (db, u) => db.Jobs.Where(j => j.Id == u.OtherJobId).ExecuteDeleteAsync(),
        ["Jobs: raw SQL"] = (db, u) => db.Database.ExecuteSqlAsync($"UPDATE Jobs SET Notes = 'Raw' WHERE UserId = {u.UserId}"),
        ["Profiles: ExecuteUpdate"] = (db, u) =>
            db.Profiles.Where(p => p.UserId == u.UserId).ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, "Bulk")),
        ["Profiles: raw SQL"] = (db, u) => db.Database.ExecuteSqlAsync($"update \"Profiles\" set AlertMinScore = 50 where UserId = {u.UserId}"),
        ["UserSkills: ExecuteDelete"] = (db, u) => db.UserSkills.Where(s => s.UserId == u.UserId).ExecuteDeleteAsync(),
        ["UserSkills: raw SQL"] = (db, u) =>
            db.Database.ExecuteSqlAsync($"INSERT INTO UserSkills (UserId, Name, Position) VALUES ({u.UserId}, 'Go', 1)"),
        ["UserLocations: ExecuteUpdate"] = (db, u) =>
            db.UserLocations.Where(l => l.UserId == u.UserId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Name, "Munich")),
        ["UserLocations: ExecuteDelete"] = (db, u) => db.UserLocations.Where(l => l.UserId == u.UserId).ExecuteDeleteAsync(),
        ["Applications: ExecuteUpdate"] = (db, u) =>
            db.Applications.Where(a => a.UserId == u.UserId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Notes, "Bulk")),
        ["Applications: ExecuteDelete"] = (db, u) => db.Applications.Where(a => a.Id == u.ApplicationId).ExecuteDeleteAsync(),
        ["ApplicationEvents: ExecuteDelete"] = (db, u) => db.ApplicationEvents.Where(e => e.ApplicationId == u.ApplicationId).ExecuteDeleteAsync(),
        ["ApplicationEvents: raw SQL"] = (db, u) => db.Database.ExecuteSqlAsync($"DELETE FROM [ApplicationEvents] WHERE Id = {u.EventId}"),
        ["JobFeedback: ExecuteDelete"] = (db, u) => db.JobFeedback.Where(f => f.UserId == u.UserId).ExecuteDeleteAsync(),
        ["JobFeedback: raw SQL"] = (db, u) =>
            db.Database.ExecuteSqlAsync($"INSERT OR IGNORE INTO JobFeedback (UserId, JobId, Kind, CreatedAt) VALUES ({u.UserId}, {u.AppliedJobId}, 'NotInterested', '2026-01-01')"),
        ["Jobs: ExecuteUpdate, synchronous"] = (db, u) =>
            Task.FromResult(db.Jobs.Where(j => j.UserId == u.UserId).ExecuteUpdate(s => s.SetProperty(j => j.Notes, "Bulk"))),
        ["Jobs: ExecuteDelete, synchronous"] = (db, u) => Task.FromResult(db.Jobs.Where(j => j.Id == u.OtherJobId).ExecuteDelete()),
        ["Jobs: raw SQL, synchronous"] = (db, u) =>
            Task.FromResult(db.Database.ExecuteSql($"UPDATE Jobs SET Notes = 'Raw' WHERE UserId = {u.UserId}")),
    };

    public static TheoryData<string> Names() => new(BulkWrites.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_bulk_write_outside_the_sanctioned_api_is_refused_before_it_runs(string write)
    {
        var user = await database.NewUserAsync();
        var before = await database.RevisionAsync(user.UserId);
        var rowsBefore = await RowsOfAsync(user.UserId);

        await using (var db = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkWrites[write](db, user));
            Assert.Contains($"\"{write.Split(':')[0]}\"", refused.Message);
            Assert.Contains("BulkWriteAsync", refused.Message);
        }

        Assert.Equal(before, await database.RevisionAsync(user.UserId));
        Assert.Equal(rowsBefore, await RowsOfAsync(user.UserId));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_same_write_through_BulkWriteAsync_moves_the_revision_with_it(string write)
    {
        var user = await database.NewUserAsync();
        var before = await database.RevisionAsync(user.UserId);

        var written = 0;
        await using (var db = database.NewContext())
            await db.BulkWriteAsync([user.UserId], async _ => written = await BulkWrites[write](db, user), CancellationToken.None);

        Assert.True(written > 0);
        Assert.Equal(before + 1, await database.RevisionAsync(user.UserId));
    }

    [Fact]
    public async Task A_bulk_write_to_rows_no_user_owns_is_let_through()
    {
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"INSERT INTO AppSettings (Key, Value) VALUES ({Guid.NewGuid().ToString()}, 'v')"));
        Assert.Equal(0, await db.AppSettings.Where(s => s.Key == "none").ExecuteDeleteAsync());
    }

    /// <summary>Everything a user has, as text: equal before and after means nothing was written.</summary>
    private async Task<string> RowsOfAsync(int userId)
    {
        await using var db = database.NewContext();
        var jobs = await db.Jobs.Where(j => j.UserId == userId).OrderBy(j => j.Id).Select(j => $"{j.Id}:{j.Notes}").ToListAsync();
        var profile = await db.Profiles.Where(p => p.UserId == userId).Select(p => $"{p.FullName}:{p.AlertMinScore}").SingleAsync();
        var skills = await db.UserSkills.Where(s => s.UserId == userId).Select(s => s.Name).ToListAsync();
        var locations = await db.UserLocations.Where(l => l.UserId == userId).Select(l => l.Name).ToListAsync();
        var applications = await db.Applications.Where(a => a.UserId == userId).Select(a => $"{a.Id}:{a.Notes}").ToListAsync();
        var events = await db.ApplicationEvents.Where(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.UserId == userId))
            .Select(e => e.Id).ToListAsync();
        var feedback = await db.JobFeedback.Where(f => f.UserId == userId).Select(f => f.JobId).ToListAsync();
        return string.Join('|', [.. jobs, profile, .. skills, .. locations, .. applications, .. events.Select(e => $"e{e}"), .. feedback.Select(f => $"f{f}")]);
    }
}
