using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class DigestEndpoints
{
    public sealed record PreviewResponse(string Kind, string Status);

    /// <summary>A preview of one of the user's digests, now: 409 <c>unsubscribed</c> when it is off, 429 when asked too often.</summary>
    public static void MapDigests(this RouteGroupBuilder api) =>
        api.MapPost("/digests/{kind}/send", async (string kind, HttpContext http, DigestService digests, CancellationToken ct) =>
        {
            var parsed = DigestService.ParseKind(kind) ?? throw new NotFoundException("That kind of digest");
            await digests.SendPreviewAsync(http.User.UserId(), parsed, ct);
            return TypedResults.Accepted((string?)null, new PreviewResponse(kind.ToLowerInvariant(), "sent"));
        }).WithTags("Digests");
}
