using System.Collections.Frozen;
using System.Text.Json;

namespace CareerCopilot.Web.Domain.Common;

/// <summary>Enum values as the API and the pages spell them: lower snake case (<c>NotApplied</c> is <c>not_applied</c>).</summary>
public static class SnakeCase
{
    public static string Name<T>(T value) where T : struct, Enum => Spelling<T>.ByValue[value];

    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => Spelling<T>.All;

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && Spelling<T>.ByName.TryGetValue(text.Trim().ToLowerInvariant(), out value);
    }

    /// <summary>
    /// <c>TechStack</c> is <c>tech_stack</c>: the JSON naming policy's spelling, so enum values, property names and field
    /// names in errors can never disagree. A name already in snake case stays as it is.
    /// </summary>
    public static string Convert(string pascal) => Policy.ConvertName(pascal);

    /// <summary>The API's spelling of property names and enum values.</summary>
    public static JsonNamingPolicy Policy => JsonNamingPolicy.SnakeCaseLower;

    /// <summary>Worked out once per enum: pages spell every status of every row.</summary>
    private static class Spelling<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Convert(v.ToString()));
        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key);
        public static readonly string[] All = Enum.GetValues<T>().Select(v => ByValue[v]).ToArray();
    }
}
