using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCopilot.Tests.Infrastructure.Scheduling;

public sealed class UnfinishedResumesTests : IAsyncLifetime
{
    private readonly IngestionAppFactory app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();

    /// <summary>A row as a stop left it, with its file (or without one) in the uploads folder.</summary>
    private async Task<int> LeftAsync(int userId, ResumeStatus status, string? text)
    {
        var stored = Guid.NewGuid().ToString("N") + ".txt";
        if (text is not null)
        {
            Directory.CreateDirectory(app.UploadsFolder());
            await File.WriteAllTextAsync(Path.Combine(app.UploadsFolder(), stored), text);
        }
        return await app.WithDbAsync(async db =>
        {
            var row = new ResumeUpload
            {
                UserId = userId, Label = "Left", FileName = "left.txt", StoredName = stored, Kind = ResumeFileKind.Text,
                SizeBytes = text?.Length ?? 0, Status = status, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.Resumes.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
    }

    private async Task<ResumeUpload> FinishedAsync(int id)
    {
        for (var i = 0; i < 100; i++)
        {
            var row = await app.WithDbAsync(db => db.Resumes.AsNoTracking().SingleAsync(r => r.Id == id));
            if (row.Status is ResumeStatus.Parsed or ResumeStatus.Failed) return row;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Resume {id} was not parsed.");
    }

    [Fact]
    public async Task A_resume_a_stop_left_queued_is_parsed_at_start_and_a_lost_file_fails_in_words()
    {
        var email = app.NewEmail();
        await app.ApiAsync(email);
        var userId = await app.UserIdAsync(email);
        var queued = await LeftAsync(userId, ResumeStatus.Queued, ResumeUploads.SampleText);
        var lost = await LeftAsync(userId, ResumeStatus.Queued, null);

        await app.Services.GetServices<IHostedService>().OfType<UnfinishedResumes>().Single().StartAsync(CancellationToken.None);

        var row = await FinishedAsync(queued);
        Assert.Equal(ResumeStatus.Parsed, row.Status);
        Assert.Equal("ana.diaz@example.test", row.Parsed?.Email);
        var failed = await FinishedAsync(lost);
        Assert.Equal((ResumeStatus.Failed, ResumeError.ParseFailed), (failed.Status, failed.Error));
    }

    [Fact]
    public async Task A_resume_a_stop_left_mid_parse_is_marked_failed_at_start_and_not_read_again()
    {
        // The file may be what ended the process: reading it again could end it again at every start.
        var email = app.NewEmail();
        await app.ApiAsync(email);
        var userId = await app.UserIdAsync(email);
        var parsing = await LeftAsync(userId, ResumeStatus.Parsing, ResumeUploads.SampleText);

        await app.Services.GetServices<IHostedService>().OfType<UnfinishedResumes>().Single().StartAsync(CancellationToken.None);

        var row = await app.WithDbAsync(db => db.Resumes.AsNoTracking().SingleAsync(r => r.Id == parsing));
        Assert.Equal((ResumeStatus.Failed, ResumeError.ParseFailed), (row.Status, row.Error));
        await Task.Delay(500);
        row = await app.WithDbAsync(db => db.Resumes.AsNoTracking().SingleAsync(r => r.Id == parsing));
        Assert.Equal((ResumeStatus.Failed, ResumeError.ParseFailed, null), (row.Status, row.Error, row.Parsed));
    }
}
