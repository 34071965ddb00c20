using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>The shipped skill catalogue and its extractor, loaded once for the tests that need no host.</summary>
public static class Shipped
{
    public static SkillCatalogue Catalogue { get; } = SkillCatalogue.LoadEmbedded();
    public static SkillExtractor Extractor { get; } = new(Catalogue);
}
