using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Pages;

public sealed class JobBoardLinksTests : IAsyncLifetime
{
    private readonly IngestionAppFactory app = new();

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        app.Board.Serve("/v1/boards/acme/jobs", "greenhouse/acme.json");
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task A_job_seen_on_several_boards_shows_a_link_to_each_on_its_page()
    {
        var email = app.NewEmail();
        var browser = await app.SignedInAsync(email);
        var userId = await app.UserIdAsync(email);
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");
        await app.RunAsync(userId);
        var job = await app.WithDbAsync(db => db.Jobs.AsNoTracking().FirstAsync(j => j.UserId == userId));
        await app.WithDbAsync(async db =>
        {
            db.PostingLinks.Add(new PostingLink
            {
                PostingId = job.PostingId!.Value, Board = BoardType.Remotive, ExternalId = "r-1", Url = "https://remotive.com/remote-jobs/r-1",
                FirstSeenAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var page = await browser.GetDocumentAsync($"/jobs/{job.Id}");

        var links = page.QuerySelectorAll(".board-links a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Greenhouse ↗", job.Url), ("Remotive ↗", "https://remotive.com/remote-jobs/r-1")], links);
    }
}
