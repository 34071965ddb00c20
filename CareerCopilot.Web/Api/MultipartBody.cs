using CareerCopilot.Web.Domain.Common;
using Microsoft.Net.Http.Headers;

namespace CareerCopilot.Web.Api;

/// <summary>How the API reads an uploaded file: multipart/form-data only (415 otherwise), and a body cut short or
/// with broken part headers answered as the client's error (400 on <c>file</c>), never as a 500.</summary>
public static class MultipartBody
{
    /// <summary>The body's boundary; a body that is not multipart/form-data is refused with 415.</summary>
    public static string Boundary(HttpRequest request, string what)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 and <= 200 } boundary)
            return boundary;
        throw new ApiRequestException(ApiErrors.UnsupportedMediaType, $"The request body must be multipart/form-data with {what} in a 'file' part.");
    }

    public static async Task<T> ReadAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        // A body over the server's limit is Kestrel's BadHttpRequestException (an IOException) and keeps its 413.
        catch (Exception e) when (e is InvalidDataException || (e is IOException && e is not BadHttpRequestException))
        {
            throw ValidationFailedException.For("file", "The upload is malformed or was cut short: send it again as multipart/form-data.");
        }
    }
}
