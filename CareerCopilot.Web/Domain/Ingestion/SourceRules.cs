using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// What a subscription may hold. A key becomes part of a board's address (a path segment, or a subdomain for
/// Recruitee and Personio), so it is held to the characters boards use for names: nothing that could point a request
/// at another path or host.
/// </summary>
public static partial class SourceRules
{
    public const int MaxKeyLength = 100;
    public const int MaxQueryLength = 200;

    /// <summary>Enough for any search; a bound on what one person's run asks of the boards.</summary>
    public const int MaxSourcesPerUser = 50;

    /// <summary>Validates the fields sent and copies them onto the source; a new source must name its type.</summary>
    public static void Apply(Source source, SourceFields f, bool isNew)
    {
        if (isNew) f = f with { Present = null };
        var v = new Validation();
        if (f.Has(nameof(f.Type)) || isNew)
        {
            if (BoardCatalogue.Named(f.Type) is { } board) source.Type = board.Type;
            else v.Add(nameof(f.Type), string.IsNullOrWhiteSpace(f.Type)
                ? "Board is required."
                : $"Board must be one of: {string.Join(", ", BoardCatalogue.All.Select(b => b.Name))}.");
        }
        if (f.Has(nameof(f.Key))) source.Key = Text.Clean(f.Key);
        if (f.Has(nameof(f.Query))) source.Query = v.Optional(nameof(f.Query), "Search", f.Query, MaxQueryLength) ?? "";
        if (f.Has(nameof(f.Location))) source.Location = v.Optional(nameof(f.Location), "Location", f.Location, MaxQueryLength) ?? "";
        if (f.Has(nameof(f.Enabled)) && f.Enabled is { } enabled) source.Enabled = enabled;
        if (v.IsValid) CheckKey(source, v, nameof(f.Key));
        v.ThrowIfInvalid();
    }

    private static void CheckKey(Source source, Validation v, string field)
    {
        var board = BoardCatalogue.Of(source.Type);
        if (!board.NeedsKey)
        {
            if (source.Key.Length > 0) v.Add(field, $"{board.DisplayName} takes no key: use search and location.");
            return;
        }
        if (source.Key.Length == 0) v.Add(field, $"{board.KeyLabel} is required for {board.DisplayName}.");
        else if (source.Key.Length > MaxKeyLength) v.Add(field, $"{board.KeyLabel} must be at most {MaxKeyLength} characters.");
        else if (!(IsSubdomainKeyed(source.Type) ? Subdomain() : Name()).IsMatch(source.Key))
            v.Add(field, IsSubdomainKeyed(source.Type)
                ? $"{board.KeyLabel} may hold only letters, digits and hyphens, as in a web address."
                : $"{board.KeyLabel} may hold only letters, digits, dots, hyphens and underscores.");
        if (IsSubdomainKeyed(source.Type)) source.Key = source.Key.ToLowerInvariant();
    }

    /// <summary>What a subscription asks its board, as a person reads it: "acme", "python, Europe"; empty for everything.</summary>
    public static string Terms(string key, string query, string location) =>
        string.Join(", ", new[] { key, query, location }.Where(s => s.Length > 0));

    /// <summary>Boards whose key is the company's subdomain on the board's host.</summary>
    public static bool IsSubdomainKeyed(BoardType type) => type is BoardType.Recruitee or BoardType.Personio;

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex Subdomain();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$")]
    private static partial Regex Name();
}
