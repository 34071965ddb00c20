namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// Where resume files live: <see cref="Uploads"/> holds them under generated names, <see cref="Incoming"/> an upload
/// while it is being received and checked. Both are under the data directory, outside the web root.
/// </summary>
public sealed record ResumeFolders(string Uploads, string Incoming);
