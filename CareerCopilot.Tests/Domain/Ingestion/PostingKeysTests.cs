using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Tests.Domain.Ingestion;

public sealed class PostingKeysTests
{
    [Theory]
    [InlineData("https://www.Acme.com/jobs/42/?utm_source=linkedin&utm_medium=social#apply", "acme.com/jobs/42")]
    [InlineData("https://boards.greenhouse.io/acme/jobs/42?gh_src=abc&gclid=x", "boards.greenhouse.io/acme/jobs/42")]
    [InlineData("https://jobs.lever.co/acme/abc?lever-source=LinkedIn&team=eng", "jobs.lever.co/acme/abc?team=eng")]
    [InlineData("https://acme.com/careers?b=2&a=1&ref=hn", "acme.com/careers?a=1&b=2")]
    [InlineData("http://acme.com:8080/x/", "acme.com:8080/x")]
    public void A_link_is_compared_without_tracking_parameters_fragment_case_or_trailing_slash(string url, string key) =>
        Assert.Equal(key, PostingKeys.Url(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://acme.com/x")]
    [InlineData("not a link")]
    [InlineData(null)]
    public void Only_web_links_have_a_key(string? url) => Assert.Null(PostingKeys.Url(url));

    [Theory]
    [InlineData("Acme GmbH", "acme")]
    [InlineData("ACME, Inc.", "acme")]
    [InlineData("Acme Holdings Ltd", "acme")]
    [InlineData("Société Générale S.A.", "societe generale s a")]
    [InlineData("Company", "company")]
    public void A_company_is_compared_without_its_legal_form_case_or_accents(string company, string key) =>
        Assert.Equal(key, PostingKeys.Company(company));

    [Theory]
    [InlineData("Backend Developer (m/w/d)", "backend developer")]
    [InlineData("Backend-Developer (f/m/x)", "backend developer")]
    [InlineData("Senior Backend Developer", "senior backend developer")]
    public void A_title_is_compared_without_a_gender_marker_or_punctuation(string title, string key) =>
        Assert.Equal(key, PostingKeys.Title(title));

    public const string Text =
        "We are looking for a backend engineer to build payment services in C# and PostgreSQL. You will design APIs, review code, " +
        "mentor two juniors and run services on Kubernetes with a small team. We offer a good salary and a pension. Our platform " +
        "handles millions of transactions a day for merchants across Europe, and we care about reliability, observability and " +
        "clean code. You will own services end to end, from design documents to on-call, and work closely with product managers " +
        "and designers. We value written communication, thoughtful reviews and kindness. You have five or more years of " +
        "experience building distributed systems, you know relational databases well, and you have shipped services to " +
        "production that people rely on. Bonus points for experience with event sourcing, Kafka or gRPC. We offer flexible " +
        "hours, thirty days of holiday, a learning budget and a modern office near the river.";

    [Fact]
    public void A_lightly_edited_description_keeps_a_near_fingerprint_and_the_same_words_in_another_order_do_not()
    {
        var original = PostingKeys.Fingerprint(Text);
        var repost = PostingKeys.Fingerprint(Text.Replace("two juniors", "three juniors", StringComparison.Ordinal) + " Apply by Friday.");
        var other = PostingKeys.Fingerprint(string.Join(' ', Text.Split(' ').Reverse()));

        Assert.True(PostingKeys.Distance(original, repost) <= PostingIndex.SameText, $"repost differs by {PostingKeys.Distance(original, repost)} bits");
        Assert.True(PostingKeys.Distance(original, other) > PostingIndex.NearText, $"other text differs by {PostingKeys.Distance(original, other)} bits");
    }

    [Fact]
    public void Too_little_text_has_no_fingerprint() => Assert.Equal(0, PostingKeys.Fingerprint("Apply now"));
}
