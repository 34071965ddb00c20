using CareerCopilot.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Tests.Hosting;

/// <summary>Production settings, untouched by the test speed-ups.</summary>
public sealed class ProductionSettingsTests
{
    private sealed class ProductionFactory : AppFactory
    {
        protected override bool FastHashing => false;
        protected override string Environment => "Production";
    }

    [Fact]
    public async Task Passwords_are_hashed_with_pbkdf2_sha512_at_210000_iterations()
    {
        await using var app = new ProductionFactory();
        Assert.Equal(210_000, app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount);

        var hasher = new PasswordHasher<object>(app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>());
        var hash = Convert.FromBase64String(hasher.HashPassword(new object(), "correct violet stapler 42"));
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, ReadUInt32(hash, 1));            // KeyDerivationPrf.HMACSHA512
        Assert.Equal(210_000u, ReadUInt32(hash, 5));

        static uint ReadUInt32(byte[] b, int at) => (uint)(b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]);
    }
}
