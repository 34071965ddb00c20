using CareerCopilot.Web.Hosting;

// Flags, not settings: kept away from the command-line configuration, which would take the next argument as its value.
string[] flags = ["--seed-demo", "--ingest"];
var seedDemo = args.Contains("--seed-demo");
var ingestOnce = args.Contains("--ingest");
var builder = WebApplication.CreateBuilder(args.Where(a => !flags.Contains(a)).ToArray());
builder.AddCareerCopilot();

var app = builder.Build();
await app.UseCareerCopilotAsync();

if (seedDemo)
{
    await app.SeedDemoAsync();
    return;
}

if (ingestOnce)
{
    await app.IngestOnceAsync();
    return;
}

await app.RunAsync();

public partial class Program;
