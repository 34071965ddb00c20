using System.Text.Json;

namespace CareerCopilot.Web.Infrastructure.Bookmarklet;

/// <summary>Where the bookmarklet sends a page, where it links to, and the personal token it carries.</summary>
/// <param name="JobUrl">A job's page, with <c>{id}</c> where its id goes.</param>
public sealed record BookmarkletSettings(string ImportUrl, string JobsUrl, string JobUrl, string SettingsUrl, string Token);

/// <summary>
/// The bookmarklet as a <c>javascript:</c> link: <c>bookmarklet.js</c> (embedded) with its settings filled in as JSON,
/// its comment lines and indentation dropped, percent-encoded.
/// </summary>
public static class BookmarkletScript
{
    private const string Marker = "/*settings*/";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The source as it is in the repository.</summary>
    public static string Source { get; } = ReadSource();

    /// <summary>The code the link runs: the settings in place, comments and indentation gone.</summary>
    public static string Code(BookmarkletSettings settings)
    {
        var start = Source.IndexOf(Marker, StringComparison.Ordinal);
        var end = Source.IndexOf(Marker, start + Marker.Length, StringComparison.Ordinal);
        // The serializer escapes <, >, &, quotes and line separators, so a value can only ever be a string literal.
        var filled = string.Concat(Source.AsSpan(0, start), JsonSerializer.Serialize(settings, Json), Source.AsSpan(end + Marker.Length));
        return Minify(filled);
    }

    /// <summary>The link to drag to the bookmarks bar.</summary>
    public static string Link(BookmarkletSettings settings) => "javascript:" + Uri.EscapeDataString(Code(settings));

    /// <summary>Comment lines and blank lines dropped, each line trimmed; line breaks kept, so no statement runs into the next.</summary>
    public static string Minify(string source) => string.Join('\n', source.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal)));

    private static string ReadSource()
    {
        using var stream = typeof(BookmarkletScript).Assembly.GetManifestResourceStream("CareerCopilot.Web.Infrastructure.Bookmarklet.bookmarklet.js")
                           ?? throw new InvalidOperationException("The bookmarklet's source is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
