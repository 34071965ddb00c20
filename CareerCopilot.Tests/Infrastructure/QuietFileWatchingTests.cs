using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Infrastructure;

public sealed class QuietFileWatchingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void A_test_host_reads_its_settings_files_without_watching_them()
    {
        var root = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var files = root.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched"));
    }
}
