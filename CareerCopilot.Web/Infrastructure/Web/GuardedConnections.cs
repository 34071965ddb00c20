using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.Web;

/// <summary>
/// Opens the sockets of outbound requests, and only to public addresses: the host is resolved here and every address
/// it gives is checked before one is connected to, on every connection a request makes, redirects included. A name
/// that resolves to a private or metadata address is refused even if it also resolves to a public one.
/// </summary>
public sealed class GuardedConnections(IHostResolver resolver, Func<IPAddress, bool> isAllowed)
{
    public GuardedConnections(IHostResolver resolver, IOptions<FetchOptions> options)
        : this(resolver, address => options.Value.AllowPrivateNetworks || NetworkAddresses.IsPublic(address))
    {
    }

    /// <summary>
    /// A handler for clients whose addresses are fixed (the job boards) may follow redirects itself, as every
    /// connection is checked anyway; one for addresses a user gave does not, and checks each hop's link first.
    /// </summary>
    public SocketsHttpHandler CreateHandler(bool followRedirects = true) => new()
    {
        ConnectCallback = ConnectAsync,
        // A proxy from the environment would connect on our behalf to addresses this guard never sees.
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = followRedirects,
        MaxAutomaticRedirections = 5,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0) throw new HttpRequestException($"{host} has no address.");
        if (addresses.FirstOrDefault(a => !isAllowed(a)) is { } refused)
            throw new AddressNotAllowedException(host, refused);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A request was headed for an address the server does not reach on anyone's behalf.</summary>
public sealed class AddressNotAllowedException(string host, IPAddress address)
    : HttpRequestException($"{host} resolves to {address}, a private or local address, which is not fetched.");
