using CareerCopilot.Web.Hosting;

// Flags, not settings: kept away from the command-line configuration, which would take the next argument as its value.
string[] flags = ["--seed-demo", "--ingest", "--digests"];
var seedDemo = args.Contains("--seed-demo");
var ingestOnce = args.Contains("--ingest");
var digestsOnce = args.Contains("--digests");
var builder = WebApplication.CreateBuilder(args.Where(a => !flags.Contains(a)).ToArray());
builder.AddCareerCopilot();
if (digestsOnce) builder.ForOneDigestRun();

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

if (digestsOnce)
{
    await app.SendDigestsOnceAsync();
    return;
}

await app.RunAsync();

public partial class Program;
