using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Domain.Feedback;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Infrastructure.Email;

/// <summary>Real digests from the app to an SMTP sink on loopback: what they say, both parts, their headers and links.</summary>
public sealed class DigestMailTests : IAsyncLifetime
{
    // 08:00 in Berlin on Friday 27 November 2026.
    private static readonly DateTimeOffset BerlinMorning = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);

    private readonly SmtpSink sink = new();
    private DigestAppFactory app = null!;

    public Task InitializeAsync()
    {
        app = new DigestAppFactory(sink);
        return Task.CompletedTask;
    }

    private Task<(HttpClient Api, int UserId, string Email)> AnaAsync() => app.UserAsync(new
    {
        full_name = "Ana Diaz", skills = new[] { "C#", "PostgreSQL" }, preferred_locations = new[] { "Berlin" },
        experience_level = "senior", time_zone = "Europe/Berlin", evening_digest = false,
    });

    [Fact]
    public async Task The_morning_briefing_brings_the_best_new_matches_with_reasons_the_follow_ups_and_the_interviews_of_the_day()
    {
        var (api, userId, email) = await AnaAsync();
        var arrived = new List<int>();
        for (var i = 1; i <= 6; i++) arrived.Add(await app.ArrivedJobAsync(userId, $"Backend Engineer {i}", $"Company {i}", i % 2 == 0 ? ["C#", "PostgreSQL"] : ["C#", "Go"]));
        var hidden = await app.ArrivedJobAsync(userId, "Hidden Engineer", "Nope Ltd", "C#", "PostgreSQL");
        var typed = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "Typed In", title = "Manual Engineer", tech_stack = new[] { "C#" } });
        typed.EnsureSuccessStatusCode();
        var chased = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "Fabrikam", title = "Platform Engineer", status = "applied" });
        var chasedId = (await chased.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var interviewing = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "Northwind", title = "Staff Engineer", status = "interview" });
        var interviewId = (await interviewing.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        await using (var db = app.Db())
        {
            db.JobFeedback.Add(new JobFeedback { UserId = userId, JobId = hidden, Kind = FeedbackKind.NotInterested, CreatedAt = DateTime.UtcNow });
            var chase = await db.Applications.SingleAsync(a => a.JobId == chasedId);
            chase.FollowUpOn = new DateOnly(2026, 11, 25);
            var interview = await db.Applications.SingleAsync(a => a.JobId == interviewId);
            interview.InterviewAt = new DateTime(2026, 11, 27, 13, 30, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        var summary = await app.RunAtAsync(BerlinMorning);

        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal(1, summary.Sent);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Equal("6 new matches, 1 follow-up due and 1 interview today", message.Subject);
        var html = message.HtmlBody;
        var text = message.TextBody;
        Assert.NotNull(html);
        Assert.NotNull(text);
        foreach (var part in new[] { html, text })
        {
            Assert.Contains("Good morning, Ana.", part);
            Assert.Contains("Backend Engineer 2", part);
            Assert.Contains("You have 2 of the 2 skills it lists.", part);
            Assert.Contains("Berlin is one of your preferred locations.", part);
            Assert.Contains("Platform Engineer", part);
            Assert.Contains("2 days overdue", part);
            Assert.Contains("14:30", part); // the interview at Berlin's time
            Assert.Contains($"{DigestAppFactory.BaseUrl}/jobs/{arrived[1]}", part);
            Assert.Contains($"{DigestAppFactory.BaseUrl}/settings/notifications", part);
            Assert.DoesNotContain("Hidden Engineer", part);
            Assert.DoesNotContain("Manual Engineer", part);
        }
        // Five of the six: the best first (the ones with both skills), one left for the jobs page.
        Assert.Equal(5, CountOf(html, "Track it"));
        Assert.True(html.IndexOf("Backend Engineer 6", StringComparison.Ordinal) < html.IndexOf("Backend Engineer 5", StringComparison.Ordinal));
        Assert.DoesNotContain("Backend Engineer 1", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"color-scheme\" content=\"light dark\"", html);
        Assert.Contains("name=\"supported-color-schemes\"", html);
        Assert.DoesNotContain("href=\"/", html);

        var unsubscribe = message.Headers["List-Unsubscribe"]!;
        Assert.StartsWith($"<{DigestAppFactory.BaseUrl}/unsubscribe/morning?token=", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(unsubscribe.Trim('<', '>').Replace("&", "&amp;", StringComparison.Ordinal), html);

        Directory.CreateDirectory(Shots);
        await File.WriteAllTextAsync(Path.Combine(Shots, "morning-briefing.html"), html);
        var rows = await app.SendsAsync(userId);
        var row = Assert.Single(rows);
        Assert.Equal((DigestKind.Morning, DigestSendStatus.Sent, 1, new DateOnly(2026, 11, 27)), (row.Kind, row.Status, row.Attempts, row.LocalDate));
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_a_session_and_no_morning_briefing_follows()
    {
        var (_, userId, _) = await AnaAsync();
        await app.ArrivedJobAsync(userId, "Backend Engineer", "Contoso", "C#");
        await app.RunAtAsync(BerlinMorning);
        var link = (await sink.WaitForAsync(1)).Single().Headers["List-Unsubscribe"]!.Trim('<', '>');

        var stranger = app.Browser();
        var path = new Uri(link).PathAndQuery;
        var page = await stranger.GetDocumentAsync(path);
        Assert.Contains("Stop the morning briefing?", page.QuerySelector("h1")!.TextContent);
        var done = await stranger.SubmitAsync(page.Form(), []);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("You are unsubscribed", await done.Content.ReadAsStringAsync());
        await using (var db = app.Db())
            Assert.False(await db.Profiles.Where(p => p.UserId == userId).Select(p => p.MorningDigest).SingleAsync());

        await app.ArrivedJobAsync(userId, "Another Engineer", "Contoso", "C#");
        await app.RunAtAsync(BerlinMorning.AddDays(1));
        await Task.Delay(200);
        Assert.Equal(1, sink.Count);
    }

    [Fact]
    public async Task A_mail_providers_one_click_post_unsubscribes_without_any_token_of_the_form()
    {
        var (_, userId, _) = await app.UserAsync(new { time_zone = "Europe/Berlin", morning_digest = true, evening_digest = true });
        await app.ArrivedJobAsync(userId, "Backend Engineer", "Contoso", "C#");
        // 20:00 in Berlin: the evening summary, with a job added today.
        await app.RunAtAsync(new DateTimeOffset(2026, 11, 26, 19, 0, 0, TimeSpan.Zero));
        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.StartsWith("Today: 1 job added", message.Subject);
        var link = new Uri(message.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        var response = await app.CreateClient().PostAsync(link.PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = app.Db();
        var profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == userId);
        Assert.False(profile.EveningDigest);
        Assert.True(profile.MorningDigest);
    }

    [Theory]
    [InlineData("/unsubscribe/morning?token=not-a-token")]
    [InlineData("/unsubscribe/morning")]
    [InlineData("/unsubscribe/weekly?token=abc")]
    public async Task A_tampered_or_unknown_link_is_a_clear_400_page(string path)
    {
        var get = await app.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Contains("This unsubscribe link is not valid", await get.Content.ReadAsStringAsync());
        var post = await app.CreateClient().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task A_token_for_the_morning_briefing_does_not_unsubscribe_from_the_evening_summary()
    {
        var (_, userId, _) = await AnaAsync();
        await app.ArrivedJobAsync(userId, "Backend Engineer", "Contoso", "C#");
        await app.RunAtAsync(BerlinMorning);
        var link = new Uri((await sink.WaitForAsync(1)).Single().Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var evening = link.PathAndQuery.Replace("/morning?", "/evening?", StringComparison.Ordinal);

        var response = await app.Browser().GetAsync(evening);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static int CountOf(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    private static string Shots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        sink.Dispose();
    }
}
