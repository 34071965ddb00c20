using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace CareerCopilot.Web.Domain.Common;

/// <summary>
/// The writable fields of a change as a client sent them. A PUT changes only the properties it sent; a form sends the
/// ones it shows. Rules ask <c>fields.Has(nameof(fields.Title))</c>, so a misspelt field fails the build, and a name that
/// is not a property of the update fails loudly instead of silently not saving.
/// </summary>
public abstract record PartialUpdate
{
    private static readonly ConcurrentDictionary<Type, FrozenSet<string>> PropertiesOf = new();

    /// <summary>Names of the properties sent; null means every property (a new row, or a whole form).</summary>
    [JsonIgnore]
    public IReadOnlySet<string>? Present { get; init; }

    /// <summary>The set for a change that sends only these properties.</summary>
    public static IReadOnlySet<string> Sent(params string[] properties) => properties.ToHashSet(StringComparer.Ordinal);

    public bool Has(string property)
    {
        if (!Properties.Contains(property))
            throw new ArgumentException($"{GetType().Name} has no property {property}.", nameof(property));
        return Present is null || Present.Contains(property);
    }

    /// <summary>The writable properties of this kind of update.</summary>
    [JsonIgnore]
    public FrozenSet<string> Properties => PropertiesOf.GetOrAdd(GetType(), type =>
        type.GetProperties().Where(p => p.Name != nameof(Present) && p.CanWrite && p.DeclaringType != typeof(PartialUpdate))
            .Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal));
}
