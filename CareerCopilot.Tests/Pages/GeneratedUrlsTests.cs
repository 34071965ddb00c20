using System.Text.RegularExpressions;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>
/// Links, forms and htmx requests get their URLs from the routes (asp-page, Url.Page), so a renamed route or handler
/// breaks the build or a test rather than a link a person clicks.
/// </summary>
public sealed partial class GeneratedUrlsTests
{
    // An app path ("/jobs", "/jobs/@job.Id?handler=Move") or a handler by name in an attribute that carries a URL.
    [GeneratedRegex("""(?:\bhref|\baction|\bformaction|\bsrc|\bhx-(?:get|post|put|patch|delete|push-url)|\bdata-[\w-]*url)\s*=\s*["'](?:/[^"']*|[^"']*\?handler=[^"']*)["']""",
        RegexOptions.IgnoreCase)]
    private static partial Regex LiteralAppUrl();

    // A redirect to a literal path in a page model.
    [GeneratedRegex("""Redirect\(\$?"/""")]
    private static partial Regex LiteralRedirect();

    [Theory]
    [InlineData("""<a class="btn" href="/jobs">""")]
    [InlineData("""<form method="post" action="/jobs/@job.Id?handler=Track">""")]
    [InlineData("""<section hx-get="/?handler=Figures" hx-trigger="load">""")]
    [InlineData("""<button hx-post="@id?handler=Delete">""")]
    [InlineData("""<section id="board" data-move-url="/applications?handler=Move">""")]
    public void The_check_finds_a_literal_url(string markup) => Assert.Matches(LiteralAppUrl(), markup);

    [Theory]
    [InlineData("""<a asp-page="/Jobs/Index" href="#main">""")]
    [InlineData("""<script src="~/js/site.js" asp-append-version="true"></script>""")]
    [InlineData("""<a href="@url" hx-get="@Url.Page("/Jobs/Edit")" hx-push-url="true">""")]
    public void The_check_lets_generated_urls_through(string markup) => Assert.DoesNotMatch(LiteralAppUrl(), markup);

    [Fact]
    public void No_razor_file_writes_an_app_url_by_hand()
    {
        var literal = Files("*.cshtml").SelectMany(f => LiteralAppUrl().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"));
        Assert.Empty(literal);
    }

    [Fact]
    public void No_page_model_redirects_to_a_path_by_hand()
    {
        var literal = Files("*.cs").SelectMany(f => LiteralRedirect().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"));
        Assert.Empty(literal);
    }

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(SourceTree.WebProject, "Pages"), pattern, SearchOption.AllDirectories);
}
