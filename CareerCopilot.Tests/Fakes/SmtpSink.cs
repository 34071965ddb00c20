using System.Net;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace CareerCopilot.Tests.Fakes;

/// <summary>A real SMTP server on a free loopback port (netDumbster) that keeps every message; read them back as MimeKit messages.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly SimpleSmtpServer server =
        Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();

    public int Port => server.Configuration.Port;

    public int Count => server.ReceivedEmailCount;

    /// <summary>Every message received so far, parsed from the bytes that arrived.</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>Waits until <paramref name="count"/> messages have arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Count} of {count} messages arrived.");
            await Task.Delay(20);
        }
        return Messages;
    }

    public void Clear() => server.ClearReceivedEmail();

    /// <summary>Stops listening: a sender then meets a refused connection, as with a mail server that is down.</summary>
    public void Stop() => server.Stop();

    public void Dispose() => server.Dispose();
}
