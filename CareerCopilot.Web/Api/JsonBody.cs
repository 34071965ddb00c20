using System.Reflection;
using System.Text.Json;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Api;

/// <summary>
/// Reads a JSON body with the API's own errors: 415 for another content type, 413 over the size limit, 400 with the
/// failing path for malformed JSON. It also reports which properties were present, so a PUT changes only those.
/// </summary>
public static class JsonBody
{
    private static ApiRequestException TooLarge(int limit) =>
        new(ApiErrors.PayloadTooLarge, $"The request body is larger than {limit} bytes.");

    /// <summary>A change: the value knows which of its properties the client sent.</summary>
    public static async Task<T> ReadChangeAsync<T>(HttpRequest request, CancellationToken ct) where T : PartialUpdate
    {
        var (value, present) = await ReadAsync<T>(request, ct);
        var properties = SerializerOptions(request).GetTypeInfo(typeof(T)).Properties
            .Where(p => present.Contains(p.Name) && p.AttributeProvider is MemberInfo)
            .Select(p => ((MemberInfo)p.AttributeProvider!).Name);
        return (T)(value with { Present = PartialUpdate.Sent([.. properties]) });
    }

    public static Task<(T Value, IReadOnlySet<string> Present)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class =>
        ReadAsync<T>(request, request.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxBodyBytes, ct);

    /// <summary>As above, for the one endpoint whose body may be larger than the API's usual limit (a page's HTML).</summary>
    public static async Task<(T Value, IReadOnlySet<string> Present)> ReadAsync<T>(HttpRequest request, int limit, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType()) throw new ApiRequestException(ApiErrors.UnsupportedMediaType,
            "The request body must be JSON (Content-Type: application/json).");
        if (request.ContentLength > limit) throw TooLarge(limit);

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }

        var options = SerializerOptions(request);
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw ValidationFailedException.For("body", "The request body must be a JSON object.", "malformed_json");
            var present = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var value = document.RootElement.Deserialize<T>(options)
                        ?? throw ValidationFailedException.For("body", "The request body must be a JSON object.", "malformed_json");
            return (value, present);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            var message = e.Path is { Length: > 1 }
                ? $"The value of '{field}' has the wrong type or format."
                : "The request body is not valid JSON.";
            throw ValidationFailedException.For(field, message, "malformed_json");
        }
    }

    private static JsonSerializerOptions SerializerOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
