namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// Says what an uploaded file really is, from its bytes rather than its name: null when it is none of the kinds a
/// resume may be. A DOCX whose archive holds too many entries or inflates too far throws
/// <see cref="ResumeReadException"/> with <see cref="ResumeError.ArchiveTooLarge"/> before anything is inflated.
/// </summary>
public interface IResumeFileInspector
{
    Task<ResumeFileKind?> InspectAsync(string path, string fileName, CancellationToken ct);
}
