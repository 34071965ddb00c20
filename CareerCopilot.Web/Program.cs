using CareerCopilot.Web.Hosting;

// A flag, not a setting: kept away from the command-line configuration, which would take the next argument as its value.
var seedDemo = args.Contains("--seed-demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--seed-demo").ToArray());
builder.AddCareerCopilot();

var app = builder.Build();
await app.UseCareerCopilotAsync();

if (seedDemo)
{
    await app.SeedDemoAsync();
    return;
}

await app.RunAsync();

public partial class Program;
