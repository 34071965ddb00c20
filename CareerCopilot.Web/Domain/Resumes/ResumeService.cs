using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>A file as it arrives: its name on the user's machine, its declared length (if any) and its bytes.</summary>
public sealed record ResumeFileUpload(string? FileName, long? Length, Stream Content, string? Label);

/// <summary>A resume with the suggestions it makes to the profile as the profile stands now.</summary>
public sealed record ResumeDetails(ResumeUpload Resume, IReadOnlyList<ResumeSuggestion> Suggestions, ProfileView Profile);

/// <summary>
/// A user's resumes: upload (checked by size and bytes, stored under a generated name, parsing queued), list, read,
/// delete, and the suggestions they make. The parse itself (<see cref="ParseAsync"/>) runs in the background.
/// </summary>
public sealed partial class ResumeService(
    AppDbContext db, ResumeFolders folders, IResumeFileInspector inspector, IResumeTextReader reader, ResumeParser parser,
    IResumeParseDispatcher dispatcher, ProfileService profiles, ResumeSuggestionRules suggestions, ResumeUploadAllowance allowance,
    TimeProvider clock, ILogger<ResumeService> log)
{
    private static string TooLarge => $"A resume may be at most {ResumeLimits.MaxFileBytes / (1024 * 1024)} MB.";

    public async Task<ResumeUpload> UploadAsync(int userId, ResumeFileUpload file, CancellationToken ct)
    {
        var v = new Validation();
        var fileName = ResumeFileNames.DisplayName(file.FileName);
        var label = ResumeFileNames.Label(file.Label, fileName, v);
        v.ThrowIfInvalid();
        if (file.Length > ResumeLimits.MaxFileBytes) throw ValidationFailedException.For("file", TooLarge, "payload_too_large");
        if (await db.Resumes.CountAsync(r => r.UserId == userId, ct) >= ResumeLimits.MaxResumesPerUser)
            throw new ConflictException("conflict", $"You can keep at most {ResumeLimits.MaxResumesPerUser} resumes. Delete one to upload another.");
        allowance.Take(userId);

        Directory.CreateDirectory(folders.Incoming);
        var incoming = Path.Combine(folders.Incoming, Guid.NewGuid().ToString("N") + ".part");
        string? stored = null;
        try
        {
            var size = await ReceiveAsync(file.Content, incoming, ct);
            ResumeFileKind? kind;
            try
            {
                kind = await inspector.InspectAsync(incoming, fileName, ct);
            }
            catch (ResumeReadException e) when (e.Error == ResumeError.ArchiveTooLarge)
            {
                throw ValidationFailedException.For("file", "This DOCX unpacks to more than a resume could need, so it is not read.", "archive_too_large");
            }
            if (kind is not { } k)
                throw ValidationFailedException.For("file", $"This file is not a resume we can read: upload a {ResumeFileNames.AllowedTypes} file.", "unsupported_media_type");

            Directory.CreateDirectory(folders.Uploads);
            var storedName = ResumeFileNames.NewStoredName(k);
            stored = Path.Combine(folders.Uploads, storedName);
            File.Move(incoming, stored);
            var now = clock.GetUtcNow().UtcDateTime;
            var resume = new ResumeUpload
            {
                UserId = userId, Label = label, FileName = fileName, StoredName = storedName, Kind = k, SizeBytes = size,
                Status = ResumeStatus.Queued, CreatedAt = now, UpdatedAt = now,
            };
            db.Resumes.Add(resume);
            await db.SaveChangesAsync(ct);
            stored = null;
            dispatcher.Dispatch(resume.Id);
            return resume;
        }
        finally
        {
            Delete(incoming);
            if (stored is not null) Delete(stored);
        }
    }

    /// <summary>
    /// A label that arrived after its file (a multipart body's parts come in the client's order). A label the rules
    /// refuse undoes the upload, so the request fails as a whole.
    /// </summary>
    public async Task<ResumeUpload> RelabelAsync(int userId, int id, string? label, CancellationToken ct)
    {
        var resume = await db.Resumes.SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, ct)
                     ?? throw new NotFoundException("Resume");
        var v = new Validation();
        var given = ResumeFileNames.Label(label, resume.FileName, v);
        if (!v.IsValid)
        {
            await DeleteAsync(userId, id, ct);
            v.ThrowIfInvalid();
        }
        if (!string.IsNullOrWhiteSpace(label) && given != resume.Label)
        {
            resume.Label = given;
            await db.SaveChangesAsync(ct);
        }
        return resume;
    }

    public async Task<IReadOnlyList<ResumeUpload>> ListAsync(int userId, CancellationToken ct) =>
        await db.Resumes.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.Id).ToListAsync(ct);

    public async Task<ResumeUpload> GetAsync(int userId, int id, CancellationToken ct) =>
        await db.Resumes.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, ct)
        ?? throw new NotFoundException("Resume");

    /// <summary>The resume with its suggestions against the profile as it is now.</summary>
    public async Task<ResumeDetails> GetDetailsAsync(int userId, int id, CancellationToken ct)
    {
        var resume = await GetAsync(userId, id, ct);
        var profile = await profiles.GetAsync(userId, ct);
        return new ResumeDetails(resume, suggestions.For(resume.Parsed, profile, resume.DismissedFields), profile);
    }

    /// <summary>The stored file of one of the user's resumes; 404 when the row or the file is gone.</summary>
    public async Task<(ResumeUpload Resume, string Path)> FileAsync(int userId, int id, CancellationToken ct)
    {
        var resume = await GetAsync(userId, id, ct);
        var path = StoredPath(resume);
        return File.Exists(path) ? (resume, path) : throw new NotFoundException("Resume file");
    }

    public async Task DeleteAsync(int userId, int id, CancellationToken ct)
    {
        var resume = await db.Resumes.SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, ct)
                     ?? throw new NotFoundException("Resume");
        db.Resumes.Remove(resume);
        await db.SaveChangesAsync(ct);
        Delete(StoredPath(resume));
    }

    /// <summary>
    /// Accepts the named suggestions (the user's click): the profile changes through its own service, so its rules,
    /// the skills' canonical names and the revision apply. A field not suggested now changes nothing.
    /// </summary>
    public async Task<ProfileView> ApplyAsync(int userId, int id, IEnumerable<string?>? fields, CancellationToken ct)
    {
        var asked = ResumeSuggestionRules.Checked(fields);
        var details = await GetDetailsAsync(userId, id, ct);
        var change = ResumeSuggestionRules.ChangeFor(details.Suggestions, details.Profile, asked);
        return change is null ? details.Profile : await profiles.UpdateAsync(userId, change, ct);
    }

    /// <summary>Turns the named suggestions down: they are not offered again from this resume.</summary>
    public async Task<ResumeUpload> DismissAsync(int userId, int id, IEnumerable<string?>? fields, CancellationToken ct)
    {
        var asked = ResumeSuggestionRules.Checked(fields);
        var resume = await db.Resumes.SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, ct)
                     ?? throw new NotFoundException("Resume");
        var dismissed = resume.DismissedFields.Union(asked, StringComparer.Ordinal).ToList();
        if (dismissed.Count != resume.DismissedFields.Count)
        {
            resume.DismissedFields = dismissed;
            resume.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return resume;
    }

    /// <summary>
    /// What a stop left unfinished, settled on start. A resume still <c>queued</c> was never read: its id is returned to
    /// be queued again. One left <c>parsing</c> may be the very file that ended the process (a parser crash no handler
    /// can catch), so reading it again could end it again at every start: it is marked failed with
    /// <see cref="ResumeError.ParseFailed"/> instead, and the user can delete it and upload again.
    /// </summary>
    public async Task<IReadOnlyList<int>> RecoverUnfinishedAsync(CancellationToken ct)
    {
        var interrupted = await db.Resumes.Where(r => r.Status == ResumeStatus.Parsing).OrderBy(r => r.Id).ToListAsync(ct);
        if (interrupted.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var resume in interrupted)
            {
                LogInterrupted(resume.Id);
                resume.Status = ResumeStatus.Failed;
                resume.Error = ResumeError.ParseFailed;
                resume.UpdatedAt = now;
            }
            await db.SaveChangesAsync(ct);
        }
        return await db.Resumes.Where(r => r.Status == ResumeStatus.Queued).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The background parse: parsing, then parsed with what was read, or failed with the reason's code. It never
    /// throws for a bad file; a stop (cancellation) leaves the row for <see cref="RecoverUnfinishedAsync"/>.
    /// </summary>
    public async Task ParseAsync(int id, CancellationToken ct)
    {
        var resume = await db.Resumes.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (resume is null || resume.Status is ResumeStatus.Parsed or ResumeStatus.Failed) return;
        resume.Status = ResumeStatus.Parsing;
        resume.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        try
        {
            var path = StoredPath(resume);
            if (!File.Exists(path)) throw new ResumeReadException(ResumeError.ParseFailed, "The stored file is missing.");
            var text = await reader.ReadAsync(path, resume.Kind, ct);
            if (string.IsNullOrWhiteSpace(text)) throw new ResumeReadException(ResumeError.NoTextFound, "No text could be read.");
            var today = await profiles.TodayAsync(resume.UserId, ct);
            resume.Parsed = parser.Parse(text, today);
            resume.Status = ResumeStatus.Parsed;
            resume.Error = null;
        }
        catch (ResumeReadException e)
        {
            LogUnreadable(resume.Id, e.Error, e.Message);
            resume.Status = ResumeStatus.Failed;
            resume.Error = e.Error;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogParseCrashed(e, resume.Id);
            resume.Status = ResumeStatus.Failed;
            resume.Error = ResumeError.ParseFailed;
        }
        resume.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private string StoredPath(ResumeUpload resume) => Path.Combine(folders.Uploads, Path.GetFileName(resume.StoredName));

    /// <summary>Copies the body to disk, refusing it as soon as it passes the limit, whatever length it declared.</summary>
    private static async Task<long> ReceiveAsync(Stream content, string path, CancellationToken ct)
    {
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > ResumeLimits.MaxFileBytes) throw ValidationFailedException.For("file", TooLarge, "payload_too_large");
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return total;
    }

    private static void Delete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resume {ResumeId} could not be read: {Error} ({Reason})")]
    private partial void LogUnreadable(int resumeId, ResumeError error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resume {ResumeId} was being parsed when the server stopped; marked failed, not read again")]
    private partial void LogInterrupted(int resumeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Parsing resume {ResumeId} failed")]
    private partial void LogParseCrashed(Exception exception, int resumeId);
}
