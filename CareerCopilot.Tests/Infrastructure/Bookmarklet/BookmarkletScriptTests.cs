using CareerCopilot.Web.Infrastructure.Bookmarklet;

namespace CareerCopilot.Tests.Infrastructure.Bookmarklet;

public sealed class BookmarkletScriptTests
{
    private static readonly BookmarkletSettings Settings = new(
        "https://cc.example.test/api/v1/jobs/import", "https://cc.example.test/jobs", "https://cc.example.test/jobs/{id}",
        "https://cc.example.test/settings", "ccp_" + new string('A', 43));

    [Fact]
    public void The_settings_replace_the_sources_placeholders_as_json()
    {
        var code = BookmarkletScript.Code(Settings);
        Assert.Contains("""var config = {"importUrl":"https://cc.example.test/api/v1/jobs/import","jobsUrl":"https://cc.example.test/jobs",""", code, StringComparison.Ordinal);
        Assert.Contains("\"token\":\"ccp_AAAA", code, StringComparison.Ordinal);
        Assert.DoesNotContain("/*settings*/", code, StringComparison.Ordinal);
        Assert.Contains("/*settings*/", BookmarkletScript.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_lines_and_indentation_are_dropped_and_every_statement_stays_on_its_line()
    {
        var code = BookmarkletScript.Code(Settings);
        var lines = code.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("//", StringComparison.Ordinal) || l != l.Trim() || l.Length == 0);
        Assert.StartsWith("(function () {", code, StringComparison.Ordinal);
        Assert.EndsWith("})();", code, StringComparison.Ordinal);
        Assert.True(code.Length < BookmarkletScript.Source.Length * 0.8, "the link is not smaller than the source");
    }

    [Fact]
    public void A_hostile_value_stays_a_string_literal()
    {
        var code = BookmarkletScript.Code(Settings with { JobsUrl = "https://x.test/'\"</script><b>\u2028" });
        Assert.DoesNotContain("</script>", code, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", code, StringComparison.Ordinal);
        Assert.Contains("\\u0027\\u0022\\u003C/script\\u003E", code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_is_javascript_and_decodes_to_the_code()
    {
        var link = BookmarkletScript.Link(Settings);
        Assert.StartsWith("javascript:", link, StringComparison.Ordinal);
        Assert.DoesNotContain(' ', link);
        Assert.DoesNotContain('\n', link);
        Assert.Equal(BookmarkletScript.Code(Settings), Uri.UnescapeDataString(link["javascript:".Length..]));
    }

    [Fact]
    public void The_source_sends_the_url_and_the_page_with_the_token_and_no_cookies()
    {
        var source = BookmarkletScript.Source;
        Assert.Contains("payload.html = document.documentElement.outerHTML;", source, StringComparison.Ordinal);
        Assert.Contains("var payload = { url: location.href };", source, StringComparison.Ordinal);
        Assert.Contains("credentials: 'omit'", source, StringComparison.Ordinal);
        Assert.Contains("'Authorization': 'Bearer ' + config.token", source, StringComparison.Ordinal);
    }
}
