using System.Net;
using CareerCopilot.Tests.Infrastructure.JobSources;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Tests.Infrastructure.Web;

public sealed class GuardedConnectionsTests
{
    /// <summary>Answers every name with the given addresses: what a hostile or misconfigured DNS could say.</summary>
    private sealed class FixedResolver(params IPAddress[] addresses) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Task.FromResult(addresses);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Private_local_and_metadata_addresses_are_not_public(string address) =>
        Assert.False(NetworkAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    public void Internet_addresses_are_public(string address) => Assert.True(NetworkAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("10.0.0.7")]
    public async Task A_host_whose_name_resolves_to_a_private_address_is_not_connected_to(string address)
    {
        var guarded = new GuardedConnections(new FixedResolver(IPAddress.Parse(address)), Options.Create(new FetchOptions()));
        using var client = new HttpClient(guarded.CreateHandler());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("http://boards.example.test/v1/boards/acme/jobs"));

        Assert.Contains(address, Assert.IsType<AddressNotAllowedException>(error.InnerException).Message);
    }

    [Fact]
    public async Task A_board_at_a_loopback_address_is_refused_unless_private_networks_are_allowed()
    {
        var harness = new BoardHarness();
        harness.Settings["Fetch:AllowPrivateNetworks"] = "false";
        await harness.InitializeAsync();
        try
        {
            var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
                harness.Board(BoardType.Greenhouse).FetchAsync(new BoardQuery("acme"), CancellationToken.None));

            Assert.Contains("private or local address", error.Message);
            Assert.Empty(harness.Fake.Requests);
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }
}
