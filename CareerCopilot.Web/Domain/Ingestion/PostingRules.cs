using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// What a posting from a board must be before it is stored: a title and a company, text within the limits, links that
/// are http(s), pay that makes sense; and its skills, read with the catalogue from its title, text and tags. A posting
/// that cannot be made so is refused whole (null) and counted as skipped, never stored in part.
/// </summary>
public sealed class PostingRules(SkillCatalogue catalogue, SkillExtractor extractor)
{
    /// <summary>Descriptions are kept this long at most, HTML and text alike.</summary>
    public const int MaxDescriptionLength = 100_000;

    public const int MaxTags = 30;

    public NormalisedPosting? Complete(NormalisedPosting posting)
    {
        var title = Text.Clean(posting.Title, Limits.MaxNameLength);
        var company = Text.Clean(posting.Company, Limits.MaxNameLength);
        var externalId = Text.Clean(posting.ExternalId, Limits.MaxNameLength);
        if (title.Length == 0 || company.Length == 0 || externalId.Length == 0) return null;
        var text = Text.Clean(posting.DescriptionText, MaxDescriptionLength);
        var tags = posting.Tags.Select(t => Text.Clean(t, Limits.MaxNameLength)).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTags).ToList();
        var skills = catalogue.CanonicaliseAll(
            extractor.Extract($"{title}\n\n{text}").Concat(tags.Select(catalogue.Find).OfType<Skill>().Select(s => s.Name))
                .Concat(posting.Skills));
        return posting with
        {
            Title = title,
            Company = company,
            ExternalId = externalId,
            Locations = posting.Locations.Select(l => l with { Raw = Text.Clean(l.Raw, Limits.MaxNameLength) })
                .Where(l => l.Raw.Length > 0).DistinctBy(l => l.Raw, StringComparer.OrdinalIgnoreCase).Take(MaxTags).ToList(),
            Salary = Sane(posting.Salary),
            DescriptionHtml = NullIfEmpty(Text.Clean(posting.DescriptionHtml, MaxDescriptionLength)),
            DescriptionText = NullIfEmpty(text),
            Url = WebAddress(posting.Url),
            ApplyUrl = WebAddress(posting.ApplyUrl) ?? WebAddress(posting.Url),
            Tags = tags,
            Skills = skills,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string? WebAddress(string? value)
    {
        var url = Text.Clean(value);
        return url.Length is > 0 and <= 2000 && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
    }

    /// <summary>Pay is kept when it is positive and within reason; a range given backwards is turned round.</summary>
    private static PostingSalary? Sane(PostingSalary? salary)
    {
        if (salary is null) return null;
        static decimal? Amount(decimal? v) => v is > 0 and < 100_000_000 ? decimal.Round(v.Value) : null;
        var (min, max) = (Amount(salary.Min), Amount(salary.Max));
        if (min is null && max is null) return null;
        if (min > max) (min, max) = (max, min);
        var currency = Text.Clean(salary.Currency).ToUpperInvariant();
        return salary with
        {
            Min = min,
            Max = max,
            Currency = currency.Length == 3 && currency.All(char.IsAsciiLetterUpper) ? currency : null,
        };
    }
}
