namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>Turns a stored resume file into its text in reading order; throws <see cref="ResumeReadException"/> when it cannot.</summary>
public interface IResumeTextReader
{
    Task<string> ReadAsync(string path, ResumeFileKind kind, CancellationToken ct);
}
