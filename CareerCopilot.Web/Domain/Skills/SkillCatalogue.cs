using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Skills;

/// <summary>
/// One canonical skill: the name shown everywhere, the other spellings people use, which of those are also ordinary
/// words (so text must show they mean the technology), and which are only understood when a person types them as a
/// skill, never looked for in prose ("backend" as a skill is back-end development; in "backend services" it is not).
/// A cloud service is part of its cloud: a job on AWS Lambda runs on Amazon Web Services.
/// </summary>
public sealed record Skill(
    string Name, string Category, IReadOnlyList<string> Aliases, IReadOnlyList<string> Ambiguous, IReadOnlyList<string> TypedOnly,
    string? PartOf = null)
{
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);
}

/// <summary>The skill catalogue (<c>skills.json</c>): canonical names and their aliases, looked up ignoring case.</summary>
public sealed class SkillCatalogue
{
    private readonly FrozenDictionary<string, Skill> bySpelling;

    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>Changes whenever the file does, so rows stored under an older catalogue can be brought up to date.</summary>
    public string Fingerprint { get; }

    public SkillCatalogue(IReadOnlyList<Skill> skills, string fingerprint)
    {
        Skills = skills;
        Fingerprint = fingerprint;
        var map = new Dictionary<string, Skill>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in skills)
            foreach (var spelling in skill.Spellings)
                map.TryAdd(Key(spelling), skill);
        bySpelling = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public Skill? Find(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : bySpelling.GetValueOrDefault(Key(text));

    /// <summary>The catalogue's name for a skill ("k8s" is "Kubernetes"); a skill it does not know stays as given.</summary>
    public string Canonicalise(string text) => Find(text)?.Name ?? text;

    /// <summary>Skills as typed by a person or a client: under the catalogue's names ("k8s" is "Kubernetes"), then as <see cref="SkillList.Normalise"/>.</summary>
    public List<string> Normalise(IEnumerable<string?> skills, Validation validation, string field) =>
        SkillList.Normalise(skills.Select(s => Canonicalise(Text.Clean(s))), validation, field);

    /// <summary>Skills already stored or extracted (valid by construction) brought under the catalogue's names.</summary>
    public List<string> CanonicaliseAll(IEnumerable<string> skills) =>
        skills.Select(s => Canonicalise(Text.Clean(s)))
            .Where(s => s.Length is > 0 and <= SkillList.MaxLength)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(SkillList.MaxItems).ToList();

    /// <summary>Lookups ignore case and runs of white space ("Google  cloud" is "Google Cloud").</summary>
    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The catalogue shipped in the assembly; the app loads it once and shares it as a service.</summary>
    public static SkillCatalogue LoadEmbedded()
    {
        using var stream = typeof(SkillCatalogue).Assembly.GetManifestResourceStream("CareerCopilot.Web.Domain.Skills.skills.json")
            ?? throw new InvalidOperationException("The skill catalogue is not embedded in the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var file = JsonSerializer.Deserialize<CatalogueFile>(bytes)
            ?? throw new InvalidOperationException("The skill catalogue is empty.");
        var skills = file.Skills.Select(s => new Skill(s.Name, s.Category, s.Aliases ?? [], s.Ambiguous ?? [], s.TypedOnly ?? [], s.PartOf)).ToList();
        return new SkillCatalogue(skills, Convert.ToHexString(SHA256.HashData(bytes))[..16]);
    }

    private sealed record CatalogueFile([property: JsonPropertyName("skills")] List<SkillEntry> Skills);

    private sealed record SkillEntry(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("aliases")] List<string>? Aliases,
        [property: JsonPropertyName("ambiguous")] List<string>? Ambiguous,
        [property: JsonPropertyName("typed_only")] List<string>? TypedOnly,
        [property: JsonPropertyName("part_of")] string? PartOf);
}
