using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Digests;

namespace CareerCopilot.Web.Pages;

/// <summary>What a page treats as the domain saying no: shown to the user, never an error page.</summary>
public static class Refusals
{
    /// <summary>
    /// Runs a command and returns the domain's refusal (invalid input, or a clash with the current state), or null when
    /// it succeeded. Anything else propagates: a <see cref="NotFoundException"/> becomes a 404 in <c>NotFoundPageFilter</c>.
    /// </summary>
    public static async Task<DomainException?> OfAsync(Func<Task> command)
    {
        try
        {
            await command();
            return null;
        }
        catch (DomainException e) when (e is ValidationFailedException or ConflictException or TooSoonException or PageFetchException or MailUnavailableException)
        {
            return e;
        }
    }
}
