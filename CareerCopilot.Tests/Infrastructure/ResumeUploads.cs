using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using CareerCopilot.Web.Domain.Resumes;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>Resume files and uploads for tests: multipart bodies as a browser or curl sends them, and the parse run now.</summary>
public static class ResumeUploads
{
    public const string SampleText = """
        Ana Diaz
        ana.diaz@example.test · +49 30 1234567

        Skills: C#, PostgreSQL, Kubernetes, Docker

        Experience
        Backend Engineer, Contoso, 2019-03 to present
        """;

    public static MultipartFormDataContent Multipart(byte[] file, string fileName, string? label = null, string contentType = "application/octet-stream")
    {
        var body = new MultipartFormDataContent();
        if (label is not null) body.Add(new StringContent(label), "label");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        body.Add(part, "file", fileName);
        return body;
    }

    public static byte[] Text(string text = SampleText) => Encoding.UTF8.GetBytes(text);

    /// <summary>A Windows executable's header, whatever the name says.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[4096];
        "MZ"u8.CopyTo(bytes);
        bytes[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }

    /// <summary>A DOCX-shaped archive with more entries than any resume needs.</summary>
    public static byte[] ZipBombDocx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                writer.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) writer.Write("<w:document/>");
            for (var i = 0; i < ResumeLimits.MaxArchiveEntries + 100; i++)
                using (var writer = new StreamWriter(zip.CreateEntry($"word/media/filler{i}.xml").Open())) writer.Write(new string('x', 64));
        }
        return buffer.ToArray();
    }

    /// <summary>Submits a form with a file as a browser does: multipart, the form's own fields (antiforgery token included).</summary>
    public static Task<HttpResponseMessage> SubmitFileAsync(this HttpClient client, AngleSharp.Html.Dom.IHtmlFormElement form,
        string fileField, byte[] file, string fileName, Dictionary<string, string>? values = null, bool htmx = false)
    {
        values ??= [];
        var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
            if (input.Type != "file" && !values.ContainsKey(input.Name!)) body.Add(new StringContent(input.Value), input.Name!);
        foreach (var (name, value) in values) body.Add(new StringContent(value), name);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        body.Add(part, fileField, fileName);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : form.BaseUri;
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(form.BaseUri), action)) { Content = body };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value);
        }
        return client.SendAsync(request);
    }

    /// <summary>Parses a queued resume now, as the queue would.</summary>
    public static async Task ParseAsync(this AppFactory app, int resumeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ResumeService>().ParseAsync(resumeId, CancellationToken.None);
    }

    public static string UploadsFolder(this AppFactory app) => app.Services.GetRequiredService<ResumeFolders>().Uploads;
}
