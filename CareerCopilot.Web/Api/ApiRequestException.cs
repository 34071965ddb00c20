namespace CareerCopilot.Web.Api;

/// <summary>A request the API cannot read at all (wrong media type, too large): HTTP's concern, not a product rule.</summary>
public sealed class ApiRequestException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}
