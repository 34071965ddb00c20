using System.Globalization;
using System.Security.Claims;

namespace CareerCopilot.Web.Hosting;

public static class UserIdentity
{
    /// <summary>The signed-in user's id, from the cookie (name identifier) or a bearer token (<c>sub</c>).</summary>
    public static int UserId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub")
                  ?? throw new InvalidOperationException("The request is not signed in."), CultureInfo.InvariantCulture);
}
