using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Pages.Resumes;

/// <summary>How a resume's state and its suggestions read to a person.</summary>
public static class ResumeLabels
{
    public static bool IsActive(ResumeUpload resume) => resume.Status is ResumeStatus.Queued or ResumeStatus.Parsing;

    public static string Of(ResumeStatus status) => status switch
    {
        ResumeStatus.Queued => "Waiting to be read",
        ResumeStatus.Parsing => "Reading",
        ResumeStatus.Parsed => "Read",
        _ => "Could not be read",
    };

    public static string Of(ResumeError error) => error switch
    {
        ResumeError.NoTextFound => "This looks like a scan or an empty file: no text could be read.",
        ResumeError.ArchiveTooLarge => "This DOCX unpacks to far more than a resume needs, so it was not opened.",
        ResumeError.DocReaderMissing =>
            "Old Word (.doc) files are read with the catdoc program, which this server does not have (Debian package “catdoc”). "
            + "Save the file as DOCX or PDF and upload it again, or ask whoever runs this server to install catdoc.",
        _ => "The file could not be read; it may be damaged. Save it again as PDF or DOCX and upload that.",
    };

    public static string Kind(ResumeFileKind kind) => kind switch
    {
        ResumeFileKind.Pdf => "PDF",
        ResumeFileKind.Docx => "DOCX",
        ResumeFileKind.Doc => "DOC",
        ResumeFileKind.Markdown => "Markdown",
        _ => "Text",
    };

    public static string Field(string field) => field switch
    {
        ResumeSuggestionRules.Skills => "Skills",
        ResumeSuggestionRules.ExperienceLevel => "Experience level",
        ResumeSuggestionRules.FullName => "Full name",
        _ => field,
    };

    /// <summary>An experience level's snake_case value as a person reads it.</summary>
    public static string Level(string? value) =>
        SnakeCase.TryParse<ExperienceLevel>(value, out var level) ? level.ToString() : value ?? "";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024)).ToString("0.0 'MB'", System.Globalization.CultureInfo.InvariantCulture)
        : Math.Max(1, (bytes + 1023) / 1024).ToString("0 'KB'", System.Globalization.CultureInfo.InvariantCulture);
}
