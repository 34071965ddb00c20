namespace CareerCopilot.Web.Hosting;

/// <summary>
/// The seed system's environment names keep working: they are copied onto our keys unless our own key is set.
/// </summary>
public static class ConfigurationAliases
{
    private static readonly (string Alias, string Key)[] Map =
    [
        ("DATABASE_URL", "ConnectionStrings:Default"),
        ("JWT_SECRET_KEY", "Jwt:SigningKey"),
        ("ENABLE_SCHEDULER", "Scheduler:Enabled"),
        ("SMTP_HOST", "Smtp:Host"),
        ("SMTP_PORT", "Smtp:Port"),
        ("SMTP_USER", "Smtp:User"),
        ("SMTP_PASSWORD", "Smtp:Password"),
    ];

    public static void AddConfigurationAliases(this IConfigurationManager configuration)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (alias, key) in Map)
        {
            var value = configuration[alias];
            if (string.IsNullOrEmpty(value) || !string.IsNullOrEmpty(configuration[key])) continue;
            values[key] = alias switch
            {
                "DATABASE_URL" => FromDatabaseUrl(value),
                "ENABLE_SCHEDULER" => FromFlag(value),
                _ => value,
            };
        }
        if (values.Count > 0) configuration.AddInMemoryCollection(values);
    }

    /// <summary>The seed system wrote flags as 1/0, yes/no, on/off as well as true/false.</summary>
    public static string FromFlag(string value) =>
        value.Trim().ToLowerInvariant() is "1" or "yes" or "on" or "true" ? "true" : "false";

    /// <summary>Turns <c>sqlite:///data/app.db</c> and <c>postgresql://user:pw@host:5432/db</c> into connection strings.</summary>
    public static string FromDatabaseUrl(string url)
    {
        if (url.StartsWith("sqlite:///", StringComparison.OrdinalIgnoreCase))
            return "Data Source=" + url["sqlite:///".Length..];
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
            return url;
        var user = uri.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={uri.Host}", $"Database={uri.AbsolutePath.TrimStart('/')}" };
        if (!uri.IsDefaultPort && uri.Port > 0) parts.Add($"Port={uri.Port}");
        if (user[0].Length > 0) parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
        if (user.Length > 1) parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        return string.Join(';', parts);
    }
}
