using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Data;

/// <summary>Every save of a row a user owns moves that user's revision, whichever way the save is called.</summary>
public sealed class RevisionSaveInterceptorTests(TempDatabase database) : IClassFixture<TempDatabase>
{
    private static readonly Dictionary<string, Action<AppDbContext, SeededUser>> Writes = new()
    {
        ["add a job"] = (db, u) => db.Jobs.Add(new Job { UserId = u.UserId, Company = "New", Title = "Dev" }),
        ["change a job"] = (db, u) => db.Jobs.Find(u.OtherJobId)!.Notes = "Call back",
        ["delete a job"] = (db, u) => db.Jobs.Remove(db.Jobs.Find(u.OtherJobId)!),
        ["change the profile"] = (db, u) => db.Profiles.Find(u.UserId)!.ExperienceLevel = ExperienceLevel.Senior,
        ["add a skill"] = (db, u) => db.UserSkills.Add(new UserSkill { UserId = u.UserId, Name = "Go", Position = 1 }),
        ["remove a skill"] = (db, u) => db.UserSkills.Remove(db.UserSkills.Find(u.SkillId)!),
        ["add a location"] = (db, u) => db.UserLocations.Add(new UserLocation { UserId = u.UserId, Name = "Remote", Position = 1 }),
        ["remove a location"] = (db, u) => db.UserLocations.Remove(db.UserLocations.Find(u.LocationId)!),
        ["start an application"] = (db, u) => db.Applications.Add(new Application { UserId = u.UserId, JobId = u.OtherJobId }),
        ["change an application"] = (db, u) => db.Applications.Find(u.ApplicationId)!.Notes = "Spoke to them",
        ["add an application event alone"] = (db, u) =>
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = u.ApplicationId, Status = ApplicationStatus.Interview }),
        ["remove an application event alone"] = (db, u) => db.ApplicationEvents.Remove(db.ApplicationEvents.Find(u.EventId)!),
        ["add feedback"] = (db, u) => db.JobFeedback.Add(new JobFeedback { UserId = u.UserId, JobId = u.AppliedJobId }),
        ["remove feedback"] = (db, u) => db.JobFeedback.Remove(db.JobFeedback.Find(u.FeedbackId)!),
    };

    public static TheoryData<string, bool> WritesBothWays()
    {
        var data = new TheoryData<string, bool>();
        foreach (var write in Writes.Keys)
        {
            data.Add(write, false);
            data.Add(write, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WritesBothWays))]
    public async Task A_save_moves_the_revision_of_the_user_whose_row_it_writes_and_no_one_elses(string write, bool synchronous)
    {
        var user = await database.NewUserAsync();
        var bystander = await database.NewUserAsync();
        var before = await database.RevisionAsync(user.UserId);
        var bystanderBefore = await database.RevisionAsync(bystander.UserId);

        await using (var db = database.NewContext())
        {
            Writes[write](db, user);
            var saved = synchronous ? db.SaveChanges() : await db.SaveChangesAsync();
            Assert.True(saved > 0);
        }

        Assert.Equal(before + 1, await database.RevisionAsync(user.UserId));
        Assert.Equal(bystanderBefore, await database.RevisionAsync(bystander.UserId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_save_that_fails_leaves_rows_and_revision_as_they_were(bool synchronous)
    {
        var user = await database.NewUserAsync();
        var before = await database.RevisionAsync(user.UserId);

        await using (var db = database.NewContext())
        {
            db.Jobs.Find(user.AppliedJobId)!.Notes = "Lost with the save";
            // The same feedback twice: the unique index refuses the save after the job's row was written.
            db.JobFeedback.Add(new JobFeedback { UserId = user.UserId, JobId = user.OtherJobId });
            if (synchronous) Assert.Throws<DbUpdateException>(() => db.SaveChanges());
            else await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Null(db.Database.CurrentTransaction);
        }

        Assert.Equal(before, await database.RevisionAsync(user.UserId));
        await using var check = database.NewContext();
        Assert.Null((await check.Jobs.FindAsync(user.AppliedJobId))!.Notes);
    }

    [Fact]
    public async Task Inside_the_callers_transaction_the_revision_commits_or_rolls_back_with_it()
    {
        var user = await database.NewUserAsync();
        var before = await database.RevisionAsync(user.UserId);

        await using (var db = database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Jobs.Find(user.OtherJobId)!.Notes = "Rolled back";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Equal(before, await database.RevisionAsync(user.UserId));

        await using (var db = database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Jobs.Find(user.OtherJobId)!.Notes = "Committed";
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        Assert.Equal(before + 1, await database.RevisionAsync(user.UserId));
    }

    [Fact]
    public async Task A_save_of_no_users_rows_moves_no_revision()
    {
        var user = await database.NewUserAsync();
        var before = await database.RevisionAsync(user.UserId);

        await using (var db = database.NewContext())
        {
            db.AppSettings.Add(new AppSetting { Key = $"k{Guid.NewGuid():N}", Value = "v" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, await database.RevisionAsync(user.UserId));
    }
}
