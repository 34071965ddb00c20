using System.Runtime.CompilerServices;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>
/// The test hosts never watch files: configuration is not reloaded on change, and any file provider polls instead of
/// opening a FileSystemWatcher. Disposing a watcher can throw NullReferenceException on Linux when many hosts stop at
/// once (a runtime race), which fails a test class's cleanup although every test passed.
/// </summary>
internal static class QuietFileWatching
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
