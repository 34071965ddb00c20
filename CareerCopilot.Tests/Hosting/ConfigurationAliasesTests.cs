using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Tests.Hosting;

public sealed class ConfigurationAliasesTests
{
    [Theory]
    [InlineData("sqlite:///data/app.db", "Data Source=data/app.db")]
    [InlineData("postgresql://ana:s%40cret@db.internal:5433/copilot", "Host=db.internal;Database=copilot;Port=5433;Username=ana;Password=s@cret")]
    [InlineData("postgres://db/copilot", "Host=db;Database=copilot")]
    [InlineData("Data Source=x.db", "Data Source=x.db")]
    public void Database_urls_become_connection_strings(string url, string expected) =>
        Assert.Equal(expected, ConfigurationAliases.FromDatabaseUrl(url));

    [Theory]
    [InlineData("1", "true")]
    [InlineData("yes", "true")]
    [InlineData("TRUE", "true")]
    [InlineData("0", "false")]
    [InlineData("off", "false")]
    public void Seed_system_flags_become_booleans(string flag, string expected) =>
        Assert.Equal(expected, ConfigurationAliases.FromFlag(flag));

    [Fact]
    public void Passwords_are_masked_in_the_summary() =>
        Assert.Equal("Host=db;Password=****;Database=x", ConfigurationSummary.Mask("Host=db;Password=hunter2;Database=x"));
}
