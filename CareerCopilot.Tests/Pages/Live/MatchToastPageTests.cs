using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Pages.Live;

public sealed class MatchToastPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_toast_names_the_users_job_with_its_score_and_links_to_it_encoding_what_the_job_says()
    {
        var email = app.NewEmail();
        var api = await app.ApiAsync(email);
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { skills = new[] { "C#" } }));
        var jobId = await CreateJobAsync(api, new { company = "<b>Contoso</b>", title = "Engineer <script>", tech_stack = new[] { "C#" } });
        var browser = app.Browser();
        var login = await browser.GetDocumentAsync("/account/login");
        await browser.SubmitAsync(login.Form(), new() { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });

        var response = await browser.GetAsync($"/live/match-toast?id={jobId}");
        var html = await response.Content.ReadAsStringAsync();
        var toast = (await HtmlClient.ParseFragmentAsync(html)).QuerySelector(".match-toast")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("status", toast.GetAttribute("role"));
        Assert.Equal($"/jobs/{jobId}", toast.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Engineer <script>", toast.QuerySelector("a")?.TextContent);
        Assert.Equal("<b>Contoso</b>", toast.QuerySelector(".match-toast-company")?.TextContent);
        Assert.Null(toast.QuerySelector("b, script"));
        Assert.Matches(@"^\d+", toast.QuerySelector(".score-badge")?.TextContent ?? "");
    }

    [Fact]
    public async Task Another_users_job_is_no_toast_and_without_a_session_the_page_asks_to_sign_in()
    {
        var owner = await app.ApiAsync();
        var jobId = await CreateJobAsync(owner, new { company = "Contoso", title = "Engineer" });
        var stranger = await app.SignedInAsync();

        var foreign = await stranger.GetAsync($"/live/match-toast?id={jobId}");
        var anonymous = await app.Browser().GetAsync($"/live/match-toast?id={jobId}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
