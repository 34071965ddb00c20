using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Resumes;

public enum ResumeStatus { Queued, Parsing, Parsed, Failed }

/// <summary>What a resume file is, read from its first bytes (Markdown and plain text differ only by name).</summary>
public enum ResumeFileKind { Pdf, Docx, Doc, Text, Markdown }

/// <summary>Why a resume could not be read: shown to the user in words, and to the API as a snake_case code.</summary>
public enum ResumeError { NoTextFound, ArchiveTooLarge, ParseFailed, DocReaderMissing }

/// <summary>
/// One uploaded resume: the file kept outside the web root under a generated name, and what reading it found. The row
/// is written before the file is read, so a restart loses no upload and the page can show where parsing stands.
/// </summary>
public sealed class ResumeUpload : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Label { get; set; } = "";

    /// <summary>The name the file had on the user's machine, for display and download only; never a path.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The generated name under the uploads folder.</summary>
    public string StoredName { get; set; } = "";
    public ResumeFileKind Kind { get; set; }
    public long SizeBytes { get; set; }
    public ResumeStatus Status { get; set; }
    public ResumeError? Error { get; set; }
    public ParsedResume? Parsed { get; set; }

    /// <summary>Profile fields whose suggestion the user turned down; they are not offered again from this resume.</summary>
    public List<string> DismissedFields { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
