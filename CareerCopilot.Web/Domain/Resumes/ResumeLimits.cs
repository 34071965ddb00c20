namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>How large a resume upload may be, in every sense a file can be large.</summary>
public static class ResumeLimits
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxLabelLength = 100;
    public const int MaxFileNameLength = 255;

    /// <summary>A DOCX is a zip: past these it is refused before it is inflated.</summary>
    public const int MaxArchiveEntries = 500;
    public const long MaxArchiveUncompressedBytes = 50L * 1024 * 1024;

    /// <summary>Resumes one user may keep.</summary>
    public const int MaxResumesPerUser = 20;
}
