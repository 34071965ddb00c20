using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>Names and types of resume files: what a file is called on disk, in a download, and in a label.</summary>
public static class ResumeFileNames
{
    /// <summary>What the upload form and the API say they take.</summary>
    public const string AllowedTypes = "PDF, DOCX, DOC, TXT or Markdown";

    /// <summary>The <c>accept</c> of the upload form's file field: a hint for the picker; the bytes decide.</summary>
    public const string Accept = ".pdf,.docx,.doc,.txt,.md,.markdown,application/pdf,text/plain,text/markdown";

    public static string Extension(ResumeFileKind kind) => kind switch
    {
        ResumeFileKind.Pdf => ".pdf",
        ResumeFileKind.Docx => ".docx",
        ResumeFileKind.Doc => ".doc",
        ResumeFileKind.Markdown => ".md",
        _ => ".txt",
    };

    public static string ContentType(ResumeFileKind kind) => kind switch
    {
        ResumeFileKind.Pdf => "application/pdf",
        ResumeFileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ResumeFileKind.Doc => "application/msword",
        ResumeFileKind.Markdown => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>A new name for a stored file: random, so nothing the user sent is ever part of a path.</summary>
    public static string NewStoredName(ResumeFileKind kind) => Guid.NewGuid().ToString("N") + Extension(kind);

    /// <summary>
    /// The name a file had, for display and download only: the last segment of any path it came with, invisible and
    /// control characters removed, at most <see cref="ResumeLimits.MaxFileNameLength"/> characters.
    /// </summary>
    public static string DisplayName(string? fileName)
    {
        var name = Text.Clean(fileName);
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0) name = name[(slash + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim().Trim('.').Trim();
        if (name.Length == 0) return "resume";
        if (name.Length <= ResumeLimits.MaxFileNameLength) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 10) extension = "";
        return name[..(ResumeLimits.MaxFileNameLength - extension.Length)] + extension;
    }

    /// <summary>The label given, or the file's name without its extension.</summary>
    public static string Label(string? label, string displayName, Validation validation)
    {
        var given = validation.Optional("label", "Label", label, ResumeLimits.MaxLabelLength);
        if (given is { Length: > 0 }) return given;
        var stem = Path.GetFileNameWithoutExtension(displayName).Trim();
        if (stem.Length == 0) stem = displayName;
        return stem.Length > ResumeLimits.MaxLabelLength ? stem[..ResumeLimits.MaxLabelLength].Trim() : stem;
    }
}
