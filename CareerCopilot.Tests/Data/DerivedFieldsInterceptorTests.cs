using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Data;

public sealed class DerivedFieldsInterceptorTests(TempDatabase database) : IClassFixture<TempDatabase>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_save_of_a_job_refreshes_its_search_text(bool synchronous)
    {
        var user = await database.NewUserAsync();
        await using (var db = database.NewContext())
        {
            db.Jobs.Find(user.OtherJobId)!.Title = "Platform Engineer";
            db.Jobs.Add(new Job { UserId = user.UserId, Company = "Tailspin", Title = "SRE", Location = "Lisbon", TechStack = ["Go"] });
            if (synchronous) db.SaveChanges();
            else await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var texts = await check.Jobs.Where(j => j.UserId == user.UserId && j.Id != user.AppliedJobId).OrderBy(j => j.Id)
            .Select(j => j.SearchText).ToListAsync();
        Assert.Equal(["fabrikam\nplatform engineer\n", "tailspin\nsre\nlisbon\ngo"], texts);
    }

    [Fact]
    public async Task Every_save_of_a_job_keys_its_link_without_tracking_parameters()
    {
        var user = await database.NewUserAsync();
        await using (var db = database.NewContext())
        {
            db.Jobs.Add(new Job { UserId = user.UserId, Company = "Tailspin", Title = "SRE", Url = "https://WWW.Tailspin.example/jobs/7/?utm_source=x#apply" });
            db.Jobs.Add(new Job { UserId = user.UserId, Company = "Tailspin", Title = "SDE", Url = "not a link" });
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var keys = await check.Jobs.Where(j => j.UserId == user.UserId && j.Company == "Tailspin").OrderBy(j => j.Id)
            .Select(j => j.UrlKey).ToListAsync();
        Assert.Equal(["tailspin.example/jobs/7", null], keys);
    }
}
