using System.Net;
using System.Net.Http.Headers;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>
/// How every adapter talks to its board: one client (honest User-Agent, public addresses only, retries with backoff on
/// 429 and 5xx that honour Retry-After), a turn per host so no board is hammered, answers read only up to the size
/// limit, and every failure turned into a sentence for the source's run record.
/// </summary>
public sealed class BoardHttp(IHttpClientFactory clients, BoardEndpoints endpoints, HostTurns turns, IOptions<IngestionOptions> options)
{
    public const string ClientName = "job-boards";

    public BoardEndpoints Endpoints => endpoints;

    public Task<BoardResponse> GetAsync(BoardType board, Uri address, CancellationToken ct, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        headers?.Invoke(request.Headers);
        return SendAsync(board, request, ct);
    }

    public Task<BoardResponse> PostJsonAsync<T>(BoardType board, Uri address, T body, CancellationToken ct) =>
        SendAsync(board, new HttpRequestMessage(HttpMethod.Post, address) { Content = JsonContent.Create(body) }, ct);

    public async Task<BoardResponse> SendAsync(BoardType board, HttpRequestMessage request, CancellationToken ct)
    {
        using var _ = request;
        var limit = options.Value.MaxResponseBytes;
        try
        {
            await turns.WaitAsync(request.RequestUri!, BoardCatalogue.Of(board).MinRequestInterval, ct);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode) throw new BoardFetchException(Refusal(board, response));
            if (response.Content.Headers.ContentLength > limit) throw TooLarge(limit);
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return new BoardResponse(await ReadUpToAsync(stream, limit, ct), response.Headers);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (BoardFetchException) { throw; }
        catch (HttpRequestException e) when (e.InnerException is AddressNotAllowedException refused) { throw new BoardFetchException(refused.Message, e); }
        catch (Exception e) when (e is TimeoutRejectedException or TaskCanceledException or TimeoutException)
        {
            throw new BoardFetchException($"The board did not answer within {options.Value.RequestTimeout.TotalSeconds:0} seconds.", e);
        }
        catch (HttpRequestException e)
        {
            throw new BoardFetchException($"The board could not be reached: {e.Message}", e);
        }
    }

    private static string Refusal(BoardType board, HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound when BoardCatalogue.Of(board).NeedsKey =>
                $"{BoardCatalogue.Of(board).DisplayName} has no board by that {BoardCatalogue.Of(board).KeyLabel.ToLowerInvariant()} (404): check the key.",
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden when BoardCatalogue.Of(board).NeedsCredentials =>
                $"{BoardCatalogue.Of(board).DisplayName} refused the configured credentials ({code}).",
            HttpStatusCode.TooManyRequests or HttpStatusCode.Forbidden when response.Headers.Contains("X-RateLimit-Remaining") || code == 429 =>
                $"{BoardCatalogue.Of(board).DisplayName} is limiting requests ({code}); it is tried again on the next run.",
            _ => $"{BoardCatalogue.Of(board).DisplayName} answered {code} ({response.ReasonPhrase}).",
        };
    }

    private static BoardFetchException TooLarge(int limit) =>
        new($"The board's answer is larger than {limit / (1024 * 1024.0):0.#} MB; it was not read.");

    private static async Task<byte[]> ReadUpToAsync(Stream stream, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
