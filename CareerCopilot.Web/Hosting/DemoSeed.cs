using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Skills;
using CareerCopilot.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Hosting;

public static class DemoSeed
{
    /// <summary><c>--seed-demo</c>: creates the demo account once; running it again changes nothing.</summary>
    public static async Task SeedDemoAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var exists = await db.Users.AnyAsync(u => u.Email == DemoData.Email);
        if (!exists)
        {
            var user = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .RegisterAsync(DemoData.Email, DemoData.Password, null, CancellationToken.None);
            DemoData.Fill(await db.Profiles.SingleAsync(p => p.UserId == user.Id));
            db.Jobs.AddRange(DemoData.Jobs(user.Id, app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                app.Services.GetRequiredService<SkillCatalogue>()));
            await db.SaveChangesAsync();
        }
        Console.WriteLine(exists ? "The demo account already exists." : "Demo account created.");
        Console.WriteLine($"  Email:    {DemoData.Email}");
        Console.WriteLine($"  Password: {DemoData.Password}");
    }
}
