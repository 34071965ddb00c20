using Microsoft.AspNetCore.Identity;

namespace CareerCopilot.Web.Data;

/// <summary>An account. What the product knows of the person lives in <see cref="Domain.Profiles.UserProfile"/>.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public DateTime CreatedAt { get; set; }
}
