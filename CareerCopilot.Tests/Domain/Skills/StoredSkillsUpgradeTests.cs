using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Domain.Skills;

public sealed class StoredSkillsUpgradeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Rows_saved_as_typed_by_an_older_version_are_brought_under_canonical_names_once()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Dev" });

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var upgrade = scope.ServiceProvider.GetRequiredService<StoredSkillsUpgrade>();
        var job = await db.Jobs.SingleAsync(j => j.Id == jobId);
        var owner = job.UserId;
        // What an older version stored: skills exactly as typed.
        job.TechStack = ["postgres", "PostgreSQL", "k8s", "Our DSL"];
        db.UserSkills.AddRange(new UserSkill { UserId = owner, Name = "c#", Position = 0 }, new UserSkill { UserId = owner, Name = "C#", Position = 1 },
            new UserSkill { UserId = owner, Name = "golang", Position = 2 });
        await db.SaveChangesAsync();
        db.AppSettings.RemoveRange(db.AppSettings);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var changed = await upgrade.RunAsync(CancellationToken.None);

        Assert.Equal(2, changed);
        Assert.Equal(["PostgreSQL", "Kubernetes", "Our DSL"], (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == jobId)).TechStack);
        Assert.Equal(["C#", "Go"], await db.UserSkills.Where(s => s.UserId == owner).OrderBy(s => s.Position).Select(s => s.Name).ToListAsync());
        Assert.Contains("kubernetes", (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == jobId)).SearchText);
        Assert.Equal(0, await upgrade.RunAsync(CancellationToken.None));
        Assert.Equal(["C#", "Go"], (await JsonAsync(await api.GetAsync("/api/v1/profile"))).GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
    }
}
