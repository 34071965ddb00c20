namespace CareerCopilot.Tests.Infrastructure;

/// <summary>The app with a heartbeat every second and three streams a user, so tests see both without waiting long.</summary>
public sealed class LiveAppFactory : AppFactory
{
    public const int MaxStreams = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Events:HeartbeatSeconds"] = "1",
        ["Events:MaxStreamsPerUser"] = MaxStreams.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
