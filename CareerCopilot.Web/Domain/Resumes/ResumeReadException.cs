namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>A resume file could not be read into text, for the reason its code names.</summary>
public sealed class ResumeReadException(ResumeError error, string message) : Exception(message)
{
    public ResumeError Error { get; } = error;
}
