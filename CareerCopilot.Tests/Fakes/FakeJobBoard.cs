using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCopilot.Tests.Fakes;

/// <summary>A request the fake board received, as the test needs to see it.</summary>
public sealed record BoardRequest(string Method, string Path, string Query, string? UserAgent, IHeaderDictionary Headers, string Body, DateTimeOffset At);

/// <summary>
/// Every job board at once, on a loopback port: it answers a board's real paths with recorded payloads from
/// Fixtures/Boards (or whatever a test scripts: an error, a delay, a huge body), and records each request. Point a
/// board at it with <c>Sources:&lt;Name&gt;:BaseUrl</c>.
/// </summary>
public sealed class FakeJobBoard : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);

    public ConcurrentQueue<BoardRequest> Requests { get; } = new();
    public string BaseUrl { get; }

    private FakeJobBoard(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Starts on a free port of <paramref name="host"/>: any of 127.0.0.0/8 is loopback.</summary>
    public static async Task<FakeJobBoard> StartAsync(string host = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:0");
        var app = builder.Build();
        FakeJobBoard? board = null;
        app.Run(context => board!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        board = new FakeJobBoard(app, address);
        return board;
    }

    /// <summary>The text of a recorded payload under Fixtures/Boards.</summary>
    public static string Fixture(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Boards", relativePath));

    /// <summary>
    /// Answers <paramref name="pathAndQuery"/> (a path alone matches any query; a path with a query matches only it,
    /// and wins over the path alone) with a handler.
    /// </summary>
    public FakeJobBoard On(string pathAndQuery, Func<HttpContext, Task> handler)
    {
        routes[pathAndQuery] = handler;
        return this;
    }

    /// <summary>Answers with a recorded payload.</summary>
    public FakeJobBoard Serve(string pathAndQuery, string fixture, string contentType = "application/json") =>
        Text(pathAndQuery, Fixture(fixture), contentType);

    public FakeJobBoard Text(string pathAndQuery, string body, string contentType = "application/json", int status = 200) =>
        On(pathAndQuery, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    /// <summary>Answers with a status (and a Retry-After, for 429 and 503) the first <paramref name="times"/> times, then as before.</summary>
    public FakeJobBoard FailFirst(string pathAndQuery, int times, int status, int? retryAfterSeconds = null)
    {
        var then = routes.TryGetValue(pathAndQuery, out var existing) ? existing : null;
        var failures = 0;
        return On(pathAndQuery, async context =>
        {
            if (Interlocked.Increment(ref failures) <= times || then is null)
            {
                context.Response.StatusCode = status;
                if (retryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
            }
            await then(context);
        });
    }

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body)) body = await reader.ReadToEndAsync();
        Requests.Enqueue(new BoardRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
            request.Headers.UserAgent.ToString(), Copy(request.Headers), body, DateTimeOffset.UtcNow));
        var path = request.Path.Value ?? "";
        if (routes.TryGetValue(path + request.QueryString.Value, out var exact) || routes.TryGetValue(path, out exact))
            await exact(context);
        else
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>The server reuses a request's headers once it is answered: the record keeps a copy.</summary>
    private static HeaderDictionary Copy(IHeaderDictionary headers) =>
        new(headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
