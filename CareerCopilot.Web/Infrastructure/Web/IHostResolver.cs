using System.Net;

namespace CareerCopilot.Web.Infrastructure.Web;

/// <summary>Turns a host name into addresses; tests put private and metadata answers in its place.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Dns.GetHostAddressesAsync(host, ct);
}
