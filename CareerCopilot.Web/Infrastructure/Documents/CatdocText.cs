using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>
/// A Word 97–2003 document's text through Debian's <c>catdoc</c>: started directly (no shell), the file's full path as
/// its one argument, UTF-8 out, stopped after a timeout, its output read only up to <see cref="ResumeText.MaxLength"/>
/// characters. Without catdoc installed the refusal names the package to install.
/// </summary>
internal static class CatdocText
{
    public const string MissingMessage =
        "Word 97–2003 (.doc) files are read with the catdoc program, which is not installed on this server. " +
        "Install the Debian package catdoc (apt-get install catdoc), or upload the resume as PDF or DOCX.";

    public static async Task<string> ReadAsync(string path, DocumentsOptions options, CancellationToken ct)
    {
        var executable = Locate(options.CatdocPath)
            ?? throw new ResumeReadException(ResumeError.DocReaderMissing, MissingMessage);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // -w: no line wrapping; -d utf-8: the output's charset. The path is absolute, so never read as an option.
        foreach (var argument in new[] { "-w", "-d", "utf-8", Path.GetFullPath(path) }) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            throw new ResumeReadException(ResumeError.DocReaderMissing, MissingMessage);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.CatdocTimeout);
        try
        {
            var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
            var text = await ReadCappedAsync(process.StandardOutput, deadline.Token);
            if (text.Length >= ResumeText.MaxLength) Stop(process);
            await process.WaitForExitAsync(deadline.Token);
            _ = await stderr;
            if (process.ExitCode != 0 && text.Length < ResumeText.MaxLength)
                throw new ResumeReadException(ResumeError.ParseFailed, "The Word 97–2003 document could not be read.");
            return text;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Stop(process);
            throw new ResumeReadException(ResumeError.ParseFailed, "Reading the Word 97–2003 document took too long.");
        }
        finally
        {
            Stop(process);
        }
    }

    private static async Task<string> ReadCappedAsync(StreamReader output, CancellationToken ct)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        while (text.Length < ResumeText.MaxLength)
        {
            var read = await output.ReadAsync(buffer, ct);
            if (read == 0) break;
            text.Append(buffer, 0, Math.Min(read, ResumeText.MaxLength - text.Length));
        }
        return text.ToString();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own between the check and the kill.
        }
    }

    /// <summary>The executable's full path: the configured path when it has a directory, else the first match on PATH.</summary>
    public static string? Locate(string name)
    {
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return File.Exists(name) ? name : null;
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
