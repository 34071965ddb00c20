using System.Net.Http.Headers;
using System.Text.Json;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>One server-sent event as a client reads it off the wire.</summary>
public sealed record SseMessage(string Event, string Data, string? Id)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;
}

/// <summary>An open <c>text/event-stream</c> answer, read event by event as a browser's EventSource would.</summary>
public sealed class SseStream : IAsyncDisposable
{
    private readonly StreamReader reader;

    private SseStream(HttpResponseMessage response, Stream body)
    {
        Response = response;
        reader = new StreamReader(body);
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Opens the stream and returns once the headers have come (the answer may be a refusal: see <see cref="Response"/>).</summary>
    public static async Task<SseStream> OpenAsync(HttpClient client, string url, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        // No cancellation token: the test server keeps it for the whole body, and would cut the stream when it fired.
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(TimeSpan.FromSeconds(10));
        return new SseStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event (heartbeats included), or null when the server ended the stream.</summary>
    public async Task<SseMessage?> NextAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(10));
        string? name = null, id = null;
        var data = new List<string>();
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(timeout.Token);
            }
            catch (Exception e) when (timeout.IsCancellationRequested && e is OperationCanceledException or IOException)
            {
                throw new TimeoutException($"No event within {wait ?? TimeSpan.FromSeconds(10)}.", e);
            }
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (data.Count == 0 && name is null) continue;
                return new SseMessage(name ?? "message", string.Join('\n', data), id);
            }
            if (line.StartsWith(':')) continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event": name = value; break;
                case "data": data.Add(value); break;
                case "id": id = value; break;
            }
        }
    }

    /// <summary>The next event that is not a heartbeat.</summary>
    public async Task<SseMessage?> NextEventAsync(TimeSpan? wait = null)
    {
        while (true)
        {
            var message = await NextAsync(wait);
            if (message is null || message.Event != "heartbeat") return message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        reader.Dispose();
        Response.Dispose();
        await Task.CompletedTask;
    }
}
