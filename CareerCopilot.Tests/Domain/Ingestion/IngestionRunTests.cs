using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Domain.Ingestion;

public sealed class IngestionRunTests : IAsyncLifetime
{
    private readonly IngestionAppFactory app = new();

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        app.Board.Serve("/v1/boards/acme/jobs", "greenhouse/acme.json");
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();

    private async Task<int> UserAsync(string[] skills, string[] locations)
    {
        var email = app.NewEmail();
        var api = await app.ApiAsync(email);
        (await api.PutAsJsonAsync("/api/v1/profile", new { skills, preferred_locations = locations })).EnsureSuccessStatusCode();
        return await app.UserIdAsync(email);
    }

    private Task<List<Job>> JobsAsync(int userId) =>
        app.WithDbAsync(db => db.Jobs.AsNoTracking().Where(j => j.UserId == userId).OrderBy(j => j.Title).ToListAsync());

    [Fact]
    public async Task A_users_run_adds_the_postings_that_fit_them_as_scraped_jobs_with_their_source()
    {
        var userId = await UserAsync(["C#", "PostgreSQL"], ["Berlin"]);
        var source = await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");

        var run = await app.RunAsync(userId);

        Assert.Equal(IngestionStatus.Succeeded, run.Status);
        var reading = Assert.Single(run.Sources);
        Assert.Equal((3, 3, 0, 0), (reading.Fetched, reading.NewPostings, reading.Duplicates, reading.Skipped));
        var job = Assert.Single(await JobsAsync(userId));
        Assert.Equal(("Backend Engineer (C#)", "Acme GmbH", JobSource.Scraped, "Greenhouse: acme"), (job.Title, job.Company, job.Source, job.SourceDetail));
        Assert.Equal(source.Id, job.SourceId);
        Assert.NotNull(job.PostingId);
        Assert.Contains("C#", job.TechStack);
        Assert.Equal(1, run.JobsAdded);
        var stored = await app.WithDbAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == source.Id));
        Assert.Equal((IngestionStatus.Succeeded, 1), (stored.LastRunStatus, stored.LastRunJobsAdded));
    }

    [Fact]
    public async Task A_second_run_adds_nothing_twice_and_a_deleted_job_does_not_come_back()
    {
        var userId = await UserAsync(["C#"], ["Berlin", "Remote"]);
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");
        await app.RunAsync(userId);
        var first = await JobsAsync(userId);
        await app.WithDbAsync(async db =>
        {
            db.Jobs.Remove(await db.Jobs.SingleAsync(j => j.Id == first[0].Id));
            return await db.SaveChangesAsync();
        });

        var second = await app.RunAsync(userId);

        Assert.Equal((0, 0), (second.Sources[0].NewPostings, second.JobsAdded));
        Assert.Equal(first.Count - 1, (await JobsAsync(userId)).Count);
    }

    [Fact]
    public async Task A_job_the_user_already_tracks_by_company_and_title_is_not_added_again()
    {
        var email = app.NewEmail();
        var api = await app.ApiAsync(email);
        (await api.PostAsJsonAsync("/api/v1/jobs", new { company = "ACME GMBH", title = "backend engineer (c#)" })).EnsureSuccessStatusCode();
        var userId = await app.UserIdAsync(email);
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");

        await app.RunAsync(userId);

        Assert.DoesNotContain(await JobsAsync(userId), j => j.Source == JobSource.Scraped && j.Title == "Backend Engineer (C#)");
    }

    [Fact]
    public async Task The_nightly_run_reads_a_board_once_for_all_its_subscribers_and_gives_each_what_fits_them()
    {
        var backend = await UserAsync(["C#"], ["Berlin"]);
        var designer = await UserAsync(["Figma"], ["Remote"]);
        await app.SubscribeAsync(backend, BoardType.Greenhouse, "acme");
        await app.SubscribeAsync(designer, BoardType.Greenhouse, "acme");

        var run = await app.RunAsync();

        Assert.Equal(1, app.Board.Count("/v1/boards/acme/jobs"));
        Assert.Equal(["Backend Engineer (C#)"], (await JobsAsync(backend)).Select(j => j.Title));
        Assert.Equal(["Product Designer"], (await JobsAsync(designer)).Select(j => j.Title));
        Assert.Equal(2, run.JobsAdded);
    }

    [Fact]
    public async Task A_board_that_fails_is_that_sources_error_and_the_others_go_on()
    {
        var userId = await UserAsync(["C#"], ["Berlin"]);
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");
        await app.SubscribeAsync(userId, BoardType.Greenhouse, "broken");
        app.Board.Text("/v1/boards/broken/jobs", "{\"jobs\": [", status: 200);

        var run = await app.RunAsync(userId);

        Assert.Equal(IngestionStatus.PartiallyFailed, run.Status);
        var broken = run.Sources.Single(s => s.Key == "broken");
        Assert.Equal(IngestionStatus.Failed, broken.Status);
        Assert.Contains("not the JSON", broken.Error);
        Assert.Equal(IngestionStatus.Succeeded, run.Sources.Single(s => s.Key == "acme").Status);
        Assert.Single(await JobsAsync(userId));
    }

    [Fact]
    public async Task A_disabled_source_is_not_read()
    {
        var userId = await UserAsync(["C#"], ["Berlin"]);
        var source = await app.SubscribeAsync(userId, BoardType.Greenhouse, "acme");
        await app.WithDbAsync(async db =>
        {
            (await db.Sources.SingleAsync(s => s.Id == source.Id)).Enabled = false;
            return await db.SaveChangesAsync();
        });

        var run = await app.RunAsync(userId);

        Assert.Empty(run.Sources);
        Assert.Equal(0, app.Board.Count("/v1/boards/acme/jobs"));
    }
}
