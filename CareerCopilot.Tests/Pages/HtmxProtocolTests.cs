using System.Globalization;
using System.Net;
using System.Text;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Pages;

/// <summary>The protocol every page handler shares, checked on every handler the app has, not on a chosen few.</summary>
public sealed class HtmxProtocolTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_page_handler_answers_with_vary_hx_request_with_and_without_htmx()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        var jobId = await AddJobAsync(client, "applied");
        var board = await client.GetDocumentAsync("/applications");
        var applicationId = int.Parse(board.QuerySelector(".board-card")!.GetAttribute("data-id")!, CultureInfo.InvariantCulture);
        var token = board.AntiforgeryToken();
        var contactId = await AddContactAsync(client, jobId);
        var sourceId = await AddSourceAsync(client);
        var runId = await app.AddRunAsync(await app.UserIdAsync(email), Web.Domain.Ingestion.IngestionStatus.Succeeded);
        var resumeId = await AddResumeAsync(client);

        var handlers = await PageHandlersAsync();
        Assert.Contains("/Jobs/Details GET Match", handlers.Select(h => h.Name));
        Assert.Contains("/Jobs/Details POST Delete", handlers.Select(h => h.Name));
        Assert.Contains("/Applications/Index POST Move", handlers.Select(h => h.Name));
        Assert.Contains("/Index GET Figures", handlers.Select(h => h.Name));

        var missing = new List<string>();
        foreach (var handler in handlers)
        foreach (var htmx in new[] { true, false })
        {
            // A deletion needs a job of its own; signing out needs a session of its own.
            var signOut = handler is { Page: "/Account/Logout", Method: "POST" };
            var asker = signOut ? await app.SignedInAsync() : client;
            var id = handler.Page == "/Applications/Index" || handler is { Page: "/Index", Handler: "FollowUpDone" } ? applicationId
                : handler.Page == "/Sources/Index" ? handler.Handler switch { "Delete" => await AddSourceAsync(client), "Run" => runId, _ => sourceId }
                : handler.Page == "/Settings/Index" ? await AddTokenAsync(client)
                : handler.Page.StartsWith("/Resumes/", StringComparison.Ordinal) ? (handler.Handler == "Delete" ? await AddResumeAsync(client) : resumeId)
                : handler.Handler == "Delete" ? await AddJobAsync(client, "not_applied") : jobId;
            if (handler is { Page: "/Applications/Index", Handler: "Start" }) id = await AddJobAsync(client, "not_applied");
            // A note's deletion needs a note of its own.
            var noteId = handler.Handler == "DeleteNote" ? await AddNoteAsync(client, jobId) : 0;
            // The unsubscribe page answers a link from a mail: it needs one.
            var url = handler.Page == "/Unsubscribe"
                ? $"/unsubscribe/morning?token={Uri.EscapeDataString(app.Services.GetRequiredService<UnsubscribeTokens>().Issue(await app.UserIdAsync(email), DigestKind.Morning))}"
                : handler.Page == "/Account/ConfirmEmail" ? await ConfirmationLinkAsync(email)
                : handler.Url(id, contactId, noteId);
            var request = new HttpRequestMessage(new HttpMethod(handler.Method), url);
            if (htmx) request.Headers.Add("HX-Request", "true");
            if (handler.Method == "POST")
            {
                request.Headers.Add("RequestVerificationToken", signOut ? (await asker.GetDocumentAsync("/")).AntiforgeryToken() : token);
                request.Content = new FormUrlEncodedContent([]);
            }
            var response = await asker.SendAsync(request);

            var what = $"{handler.Name} ({(htmx ? "htmx" : "browser")}): {request.RequestUri} answered {(int)response.StatusCode}";
            Assert.False(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, what);
            if (!response.Headers.Vary.Contains("HX-Request", StringComparer.OrdinalIgnoreCase)) missing.Add(what);
        }
        Assert.Empty(missing);
    }

    /// <summary>The link a confirmation mail carries, made as the mail makes it.</summary>
    private async Task<string> ConfirmationLinkAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        return $"/account/confirm-email?userId={user.Id}&code={code}";
    }

    private sealed record PageHandler(string Page, string Route, string Method, string? Handler, IReadOnlyList<string> Parameters)
    {
        public string Name => $"{Page} {Method} {Handler}";

        /// <summary>The handler's address with a value for each parameter it takes: a row's id, a status, a skill.</summary>
        public string Url(int id, int contactId = 0, int noteId = 0)
        {
            var path = "/" + Route.Replace("{id:int}", id.ToString(CultureInfo.InvariantCulture));
            var query = new List<string>();
            if (Handler is not null) query.Add($"handler={Handler}");
            foreach (var name in Parameters)
            {
                if (name == "id" && !Route.Contains("{id")) query.Add($"id={id}");
                if (name == "status") query.Add("status=interview");
                if (name == "skill") query.Add("skill=Go");
                if (name == "kind") query.Add("kind=morning");
                if (name == "contactId") query.Add($"contactId={contactId}");
                if (name == "noteId") query.Add($"noteId={noteId}");
                if (name == "applicationId") query.Add($"applicationId={id}");
            }
            return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        }
    }

    private async Task<IReadOnlyList<PageHandler>> PageHandlersAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var descriptor in app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            var compiled = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            handlers.AddRange(compiled.HandlerMethods.Select(m => new PageHandler(
                descriptor.ViewEnginePath, descriptor.AttributeRouteInfo!.Template!, m.HttpMethod.ToUpperInvariant(), m.Name,
                m.Parameters.Select(p => p.Name).ToList())));
        }
        return handlers.DistinctBy(h => (h.Route, h.Method, h.Handler)).ToList();
    }

    private static async Task<int> AddJobAsync(HttpClient client, string status)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Status"] = status });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> AddTokenAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/settings");
        var made = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#token-form"), new() { ["Input.Name"] = "Script" }));
        return made.QuerySelectorAll(".token-item").Select(i => int.Parse(i.Id!.Split('-')[1], CultureInfo.InvariantCulture)).Max();
    }

    private static async Task<int> AddResumeAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/resumes");
        await client.SubmitFileAsync(page.Form("#resume-form"), "Input.File", ResumeUploads.Text(), "cv.txt");
        var rows = (await client.GetDocumentAsync("/resumes")).QuerySelectorAll("#resume-list .resume-row");
        return rows.Select(r => int.Parse(r.Id!.Split('-')[1], CultureInfo.InvariantCulture)).Max();
    }

    private static async Task<int> AddSourceAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/sources");
        await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "greenhouse", ["Input.Key"] = $"board-{Guid.NewGuid():N}" });
        var items = (await client.GetDocumentAsync("/sources")).QuerySelectorAll("#source-list .source-item");
        return items.Select(i => int.Parse(i.Id!.Split('-')[1], CultureInfo.InvariantCulture)).Max();
    }

    private static async Task<int> AddContactAsync(HttpClient client, int jobId)
    {
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        await client.SubmitAsync(page.Form("#contact-add-form"), new() { ["Contact.Name"] = "Sam Lee" });
        var contact = (await client.GetDocumentAsync($"/jobs/{jobId}")).QuerySelector("#contacts-card .contact")!;
        return int.Parse(contact.Id!.Split('-')[1], CultureInfo.InvariantCulture);
    }

    private static async Task<int> AddNoteAsync(HttpClient client, int jobId)
    {
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        await client.SubmitAsync(page.Form(".note-form"), new() { ["Note.Text"] = "Called Sam" });
        var note = (await client.GetDocumentAsync($"/jobs/{jobId}")).QuerySelector("#application-card .timeline-note")!;
        return int.Parse(note.Id!.Split('-')[1], CultureInfo.InvariantCulture);
    }
}
