using CareerCopilot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCareerCopilot();

var app = builder.Build();
await app.UseCareerCopilotAsync();

if (args.Contains("--seed-demo"))
{
    await app.SeedDemoAsync();
    return;
}

await app.RunAsync();

public partial class Program;
