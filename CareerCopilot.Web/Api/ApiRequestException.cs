namespace CareerCopilot.Web.Api;

/// <summary>A request the API cannot read at all (wrong media type, too large): HTTP's concern, not a product rule.</summary>
public sealed class ApiRequestException(ApiError error, string message) : Exception(message)
{
    public ApiError Error { get; } = error;
}
