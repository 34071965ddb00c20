namespace CareerCopilot.Web.Hosting;

/// <summary>Where the database, key ring, uploads and mail pickup live (<c>DataDirectory</c>, default <c>./data</c>).</summary>
public sealed record DataDirectory(string Path)
{
    public static DataDirectory From(IConfiguration configuration)
    {
        var path = System.IO.Path.GetFullPath(configuration["DataDirectory"] is { Length: > 0 } configured ? configured : "data");
        Directory.CreateDirectory(path);
        return new DataDirectory(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
