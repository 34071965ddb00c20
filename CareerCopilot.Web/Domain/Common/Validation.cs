namespace CareerCopilot.Web.Domain.Common;

/// <summary>
/// Collects field errors and throws them together, so a client sees every problem at once. A field is named as the API
/// names it; a property name (<c>nameof(fields.TechStack)</c>) is spelled that way (<c>tech_stack</c>).
/// </summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public Validation Add(string field, string message)
    {
        field = SnakeCase.Convert(field);
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
        return this;
    }

    /// <summary>Trims the value; a blank or over-long value is an error. Returns the trimmed value.</summary>
    public string Required(string field, string label, string? value, int maxLength)
    {
        var trimmed = Text.Clean(value);
        if (trimmed.Length == 0) Add(field, $"{label} is required.");
        else if (trimmed.Length > maxLength) Add(field, $"{label} must be at most {maxLength} characters.");
        return trimmed;
    }

    /// <summary>Trims the value; blank becomes null; over-long is an error.</summary>
    public string? Optional(string field, string label, string? value, int maxLength)
    {
        var trimmed = Text.Clean(value);
        if (trimmed.Length > maxLength) Add(field, $"{label} must be at most {maxLength} characters.");
        return trimmed.Length == 0 ? null : trimmed;
    }

    public T? OptionalEnum<T>(string field, string label, string? value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (SnakeCase.TryParse<T>(value, out var parsed)) return parsed;
        Add(field, $"{label} must be one of: {string.Join(", ", SnakeCase.Names<T>())}.");
        return null;
    }

    public string? OptionalUrl(string field, string label, string? value)
    {
        var url = Optional(field, label, value, 2000);
        if (url is null) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            Add(field, $"{label} must be an http or https address.");
        return url;
    }

    /// <summary>The earliest and latest dates a person can mean: outside them, a date is a typing slip (year 0226, 20266).</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1), LatestDate = new(2099, 12, 31);

    /// <summary>A date a person can mean, or an error.</summary>
    public DateOnly? OptionalDate(string field, string label, DateOnly? value)
    {
        if (value is { } d && (d < EarliestDate || d > LatestDate))
            Add(field, $"{label} must be between {EarliestDate:yyyy} and {LatestDate:yyyy}.");
        return value;
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
