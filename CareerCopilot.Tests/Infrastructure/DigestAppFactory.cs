using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>
/// The app mailing to an SMTP sink on loopback (or, with no sink, into its mail folder), with a public address for its
/// links, and helpers to give users jobs that arrived by themselves and to run the hourly digest run at a chosen hour.
/// </summary>
public sealed class DigestAppFactory(SmtpSink? sink, string? dataDirectory = null) : AppFactory
{
    public const string BaseUrl = "https://careers.example.test";

    public string Data => dataDirectory ?? DataDirectory;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["DataDirectory"] = Data;
            settings["App:BaseUrl"] = BaseUrl;
            if (sink is not null)
            {
                settings["Smtp:Host"] = "127.0.0.1";
                settings["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                settings["Smtp:UseTls"] = "false";
                settings["Smtp:RetryDelay"] = "00:00:00.010";
                settings["Smtp:MaxAttempts"] = "2";
            }
            return settings;
        }
    }

    /// <summary>Registers through the API, confirms the address (unless told not to) and sets the profile; returns the client and the user's id.</summary>
    public async Task<(HttpClient Api, int UserId, string Email)> UserAsync(object profile, bool confirmed = true)
    {
        var email = NewEmail("digest");
        var api = await ApiAsync(email);
        if (confirmed) await ConfirmAsync(email);
        (await api.PutAsync("/api/v1/profile", System.Net.Http.Json.JsonContent.Create(profile))).EnsureSuccessStatusCode();
        await using var db = Db();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (api, id, email);
    }

    /// <summary>Signs up through the real form and confirms the address through the real link, like <see cref="UserAsync"/>.</summary>
    public async Task<HttpClient> ConfirmedSignedInAsync(string? email = null)
    {
        email ??= NewEmail();
        var client = await SignedInAsync(email);
        await ConfirmAsync(email);
        return client;
    }

    /// <summary>
    /// With an SMTP sink (mail leaves the machine, so addresses must be confirmed): opens the link of the confirmation mail
    /// sent to <paramref name="email"/> and presses the button, then empties the sink so tests count only their own mail.
    /// Users are made before any mail a test expects.
    /// </summary>
    public async Task ConfirmAsync(string email)
    {
        if (sink is null) return;
        var mail = await ConfirmationMailAsync(email);
        var link = new Uri(ConfirmationLinkIn(mail.TextBody));
        var client = Browser();
        var page = await client.GetDocumentAsync(link.PathAndQuery);
        var done = await client.SubmitAsync(page.Form("form[action*='confirm-email']"), new());
        if (done.StatusCode != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"Confirming {email} answered {(int)done.StatusCode}.");
        if (sink.Messages.Any(m => !IsConfirmation(m))) throw new InvalidOperationException("Make users before the mail a test counts.");
        sink.Clear();
    }

    public async Task<MimeKit.MimeMessage> ConfirmationMailAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var mail = sink!.Messages.LastOrDefault(m => IsConfirmation(m) && m.To.Mailboxes.Any(a => a.Address == email));
            if (mail is not null) return mail;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No confirmation mail reached {email}.");
            await Task.Delay(20);
        }
    }

    public static string ConfirmationLinkIn(string? text) =>
        System.Text.RegularExpressions.Regex.Match(text ?? "", @"https://\S+/account/confirm-email\?\S+").Value is { Length: > 0 } link
            ? link : throw new InvalidOperationException("The mail has no confirmation link.");

    public static bool IsConfirmation(MimeKit.MimeMessage mail) => mail.Subject?.StartsWith("Confirm your email address", StringComparison.Ordinal) == true;

    /// <summary>A job that arrived by itself (a board), created now by the fake clock.</summary>
    public async Task<int> ArrivedJobAsync(int userId, string title, string company, params string[] skills)
    {
        await using var db = Db();
        var now = Clock.GetUtcNow().UtcDateTime;
        var job = new Job
        {
            UserId = userId, Title = title, Company = company, TechStack = [.. skills], Location = "Berlin", Remote = RemoteMode.Onsite,
            Source = JobSource.Scraped, Status = JobStatus.NotApplied, CreatedAt = now, UpdatedAt = now,
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    public AppDbContext Db() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>The hourly run, at the given moment of the fake clock.</summary>
    public async Task<DigestRunSummary> RunAtAsync(DateTimeOffset utc)
    {
        Clock.SetUtcNow(utc);
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestService>().RunScheduledAsync(CancellationToken.None);
    }

    public async Task<List<DigestSend>> SendsAsync(int userId)
    {
        await using var db = Db();
        return await db.DigestSends.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id).ToListAsync();
    }
}
