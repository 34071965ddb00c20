using System.Globalization;
using System.Text.Json;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>
/// Forgiving reads of a board's JSON: a missing field, a null, or a value of another type than expected reads as
/// absent rather than throwing, and numbers sent as strings ("70,000") are read as numbers.
/// </summary>
public static class JsonValues
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value : null;

    /// <summary>Text, or a number or boolean written as text.</summary>
    public static string? Str(this JsonElement element, string name) => element.Get(name) is { } v ? AsString(v) : null;

    public static string? AsString(this JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static decimal? Num(this JsonElement element, string name) => element.Get(name) is { } v ? AsNumber(v) : null;

    public static decimal? AsNumber(this JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetDecimal(out var d) => d,
        JsonValueKind.String when decimal.TryParse(v.GetString()?.Replace(",", "", StringComparison.Ordinal).Trim(),
            NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static long? Whole(this JsonElement element, string name) => element.Num(name) is { } d && d == decimal.Truncate(d)
        && d is >= long.MinValue and <= long.MaxValue ? (long)d : null;

    public static bool? Bool(this JsonElement element, string name) => element.Get(name) is { } v ? v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => bool.TryParse(v.GetString(), out var b) ? b : null,
        JsonValueKind.Number => v.TryGetInt32(out var i) ? i != 0 : null,
        _ => null,
    } : null;

    public static JsonElement? Obj(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Object } v ? v : null;

    /// <summary>The items of an array field; nothing when the field is absent or not an array.</summary>
    public static IEnumerable<JsonElement> Arr(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray() : [];

    /// <summary>The texts of an array of strings (or of objects' <paramref name="field"/>), blanks left out.</summary>
    public static List<string> Strings(this JsonElement element, string name, string? field = null) =>
        element.Arr(name).Select(i => field is null ? i.AsString() : i.Str(field)).OfType<string>()
            .Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
}
