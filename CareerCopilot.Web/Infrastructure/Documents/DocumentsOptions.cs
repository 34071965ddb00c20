using System.ComponentModel.DataAnnotations;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>How resume files are read: the external reader of old Word files and the limits on it.</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>Debian's <c>catdoc</c> (apt-get install catdoc): a name looked up on PATH, or a full path.</summary>
    [Required]
    public string CatdocPath { get; set; } = "catdoc";

    /// <summary>How long catdoc may take over one file before it is stopped.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan CatdocTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long reading one PDF may take before the file is given up as unreadable: PdfPig has no limit of its own, and
    /// a crafted file could keep it busy without end.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
