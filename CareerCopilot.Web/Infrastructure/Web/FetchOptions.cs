namespace CareerCopilot.Web.Infrastructure.Web;

public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Lets outbound fetches reach loopback and private addresses: for tests and their fake servers only.</summary>
    public bool AllowPrivateNetworks { get; set; }
}
