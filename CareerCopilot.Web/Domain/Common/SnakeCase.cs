using System.Collections.Concurrent;
using System.Text;

namespace CareerCopilot.Web.Domain.Common;

/// <summary>Enum values as the API and the pages spell them: lower snake case (<c>NotApplied</c> is <c>not_applied</c>).</summary>
public static class SnakeCase
{
    private static readonly ConcurrentDictionary<Type, string[]> NamesCache = new();

    public static string Name<T>(T value) where T : struct, Enum => Convert(value.ToString());

    public static IReadOnlyList<string> Names<T>() where T : struct, Enum =>
        NamesCache.GetOrAdd(typeof(T), _ => Enum.GetNames<T>().Select(Convert).ToArray());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var wanted = text.Trim().ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Convert(candidate.ToString()) != wanted) continue;
            value = candidate;
            return true;
        }
        return false;
    }

    public static string Convert(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
