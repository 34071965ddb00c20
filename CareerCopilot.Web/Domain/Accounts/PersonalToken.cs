using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Accounts;

/// <summary>
/// A long-lived API token a user made for a script or the bookmarklet. Only its SHA-256 hash is kept: the token itself
/// is shown once, when it is made.
/// </summary>
public sealed class PersonalToken : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";

    /// <summary>The token's first characters, so the user can tell their tokens apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
