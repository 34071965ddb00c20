using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>Applications from first contact to offer; each status change is recorded and the job follows.</summary>
public sealed class ApplicationService(AppDbContext db, ProfileService profiles, TimeProvider clock)
{
    /// <summary>The user's applications, optionally of one status (snake case; an unknown one is refused).</summary>
    public async Task<IReadOnlyList<Application>> ListAsync(int userId, string? status, CancellationToken ct)
    {
        var query = db.Applications.AsNoTracking().Where(a => a.UserId == userId);
        if (ApplicationRules.ParseStatus(status) is { } s) query = query.Where(a => a.Status == s);
        return await query.Include(a => a.Job).Include(a => a.Events).AsSplitQuery()
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).ToListAsync(ct);
    }

    public async Task<Application> GetAsync(int userId, int id, CancellationToken ct) =>
        await Load(userId).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Application");

    public Task<Application> StartAsync(int userId, int jobId, string? status, string? notes, CancellationToken ct) =>
        StartAsync(userId, jobId, status, notes, null, ct);

    public Task<Application> StartAsync(int userId, int jobId, string? status, string? notes, int? resumeId, CancellationToken ct) =>
        StartAsync(userId, jobId, new ApplicationFields { Status = status, Notes = notes, ResumeId = resumeId }, ct);

    /// <summary>Starts the job's application with what the client gave: status (applied by default), notes, resume, follow-up, interview.</summary>
    public async Task<Application> StartAsync(int userId, int jobId, ApplicationFields fields, CancellationToken ct)
    {
        var job = await db.Jobs.Include(j => j.Application).SingleOrDefaultAsync(j => j.Id == jobId && j.UserId == userId, ct)
                  ?? throw new NotFoundException("Job");
        var v = new Validation();
        var parsed = ApplicationRules.ParseStatus(fields.Status) ?? ApplicationStatus.Applied;
        var cleanNotes = v.Optional("notes", "Notes", fields.Notes, ApplicationRules.MaxNotesLength);
        var resumeId = fields.ResumeId;
        await CheckResumeAsync(userId, resumeId, v, ct);
        var followUp = ApplicationRules.FollowUpDate(v, fields.FollowUpOn);
        var interview = ApplicationRules.InterviewTime(v, fields.InterviewAt);
        v.ThrowIfInvalid();
        if (job.Application is not null)
            throw new ConflictException("duplicate", "This job already has an application.");

        var application = ApplicationRules.Start(job, parsed, cleanNotes, clock.GetUtcNow().UtcDateTime, await profiles.TodayAsync(userId, ct));
        application.ResumeId = resumeId;
        application.FollowUpOn = followUp;
        application.InterviewAt = interview;
        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request started one for this job a moment earlier; the unique index kept the first.
            db.ChangeTracker.Clear();
            if (await db.Applications.AnyAsync(a => a.JobId == jobId, ct))
                throw new ConflictException("duplicate", "This job already has an application.");
            throw;
        }
        return application;
    }

    public async Task<Application> UpdateAsync(int userId, int id, ApplicationFields fields, CancellationToken ct)
    {
        var application = await Load(userId).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Application");
        var v = new Validation();
        var notesGiven = fields.Has(nameof(fields.Notes));
        var cleanNotes = notesGiven ? v.Optional(nameof(fields.Notes), "Notes", fields.Notes, ApplicationRules.MaxNotesLength) : application.Notes;
        var parsed = fields.Has(nameof(fields.Status)) ? ApplicationRules.ParseStatus(fields.Status) : null;
        var today = await profiles.TodayAsync(userId, ct);
        var appliedGiven = fields.Has(nameof(fields.AppliedAt));
        var applied = appliedGiven ? ApplicationRules.AppliedDate(v, fields.AppliedAt, today) : null;
        var resumeGiven = fields.Has(nameof(fields.ResumeId));
        if (resumeGiven) await CheckResumeAsync(userId, fields.ResumeId, v, ct);
        var followUpGiven = fields.Has(nameof(fields.FollowUpOn));
        var followUp = followUpGiven ? ApplicationRules.FollowUpDate(v, fields.FollowUpOn) : null;
        var interviewGiven = fields.Has(nameof(fields.InterviewAt));
        var interview = interviewGiven ? ApplicationRules.InterviewTime(v, fields.InterviewAt) : null;
        v.ThrowIfInvalid();

        var now = clock.GetUtcNow().UtcDateTime;
        if (parsed is { } to) ApplicationRules.Move(application, to, now, today);
        if (appliedGiven) ApplicationRules.SetAppliedAt(application, applied, now);
        if (resumeGiven && fields.ResumeId != application.ResumeId)
        {
            application.ResumeId = fields.ResumeId;
            application.UpdatedAt = now;
        }
        if (followUpGiven) ApplicationRules.SetFollowUp(application, followUp, now);
        if (interviewGiven) ApplicationRules.SetInterview(application, interview, now);
        if (notesGiven && cleanNotes != application.Notes)
        {
            application.Notes = cleanNotes;
            application.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return application;
    }

    /// <summary>An application names a resume of its user's only; another user's is as unknown as a missing one.</summary>
    private async Task CheckResumeAsync(int userId, int? resumeId, Validation v, CancellationToken ct)
    {
        if (resumeId is { } id && !await db.Resumes.AnyAsync(r => r.Id == id && r.UserId == userId, ct))
            v.Add(nameof(ApplicationFields.ResumeId), "Choose one of your resumes.");
    }

    /// <summary>The user's due follow-ups and coming interviews (see <see cref="AgendaRules"/>).</summary>
    public async Task<Agenda> AgendaAsync(int userId, CancellationToken ct)
    {
        var today = await profiles.TodayAsync(userId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now + AgendaRules.InterviewHorizon;
        var candidates = await db.Applications.AsNoTracking().Include(a => a.Job)
            .Where(a => a.UserId == userId && ((a.FollowUpOn != null && a.FollowUpOn <= today) || (a.InterviewAt != null && a.InterviewAt >= now && a.InterviewAt < horizon)))
            .ToListAsync(ct);
        return AgendaRules.For(candidates, today, now);
    }

    /// <summary>"Done": the follow-up is cleared, as if the user had emptied the date.</summary>
    public Task<Application> FollowUpDoneAsync(int userId, int id, CancellationToken ct) =>
        UpdateAsync(userId, id, new ApplicationFields { FollowUpOn = null, Present = PartialUpdate.Sent(nameof(ApplicationFields.FollowUpOn)) }, ct);

    /// <summary>A move by button or drag; the status as the form sent it.</summary>
    public Task<Application> MoveAsync(int userId, int id, string? status, CancellationToken ct) =>
        UpdateAsync(userId, id, new ApplicationFields { Status = status ?? "", Present = PartialUpdate.Sent(nameof(ApplicationFields.Status)) }, ct);

    /// <summary>An application's notes, newest first; another user's application is not found.</summary>
    public async Task<IReadOnlyList<ApplicationNote>> NotesAsync(int userId, int applicationId, CancellationToken ct)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == applicationId && a.UserId == userId, ct)) throw new NotFoundException("Application");
        return await db.ApplicationNotes.AsNoTracking().Where(n => n.ApplicationId == applicationId && n.UserId == userId)
            .OrderByDescending(n => n.OccurredOn).ThenByDescending(n => n.Id).ToListAsync(ct);
    }

    /// <summary>The user's notes dated after a day, for the board's next steps.</summary>
    public async Task<ILookup<int, ApplicationNote>> NotesAfterAsync(int userId, DateOnly day, CancellationToken ct) =>
        (await db.ApplicationNotes.AsNoTracking().Where(n => n.UserId == userId && n.OccurredOn > day).ToListAsync(ct))
        .ToLookup(n => n.ApplicationId);

    public async Task<ApplicationNote> AddNoteAsync(int userId, int applicationId, NoteFields fields, CancellationToken ct)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.UserId == userId, ct)
                          ?? throw new NotFoundException("Application");
        var note = NoteRules.New(application, fields, await profiles.TodayAsync(userId, ct), clock.GetUtcNow().UtcDateTime);
        db.ApplicationNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return note;
    }

    public async Task DeleteNoteAsync(int userId, int applicationId, int noteId, CancellationToken ct)
    {
        var note = await db.ApplicationNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.ApplicationId == applicationId && n.UserId == userId, ct)
                   ?? throw new NotFoundException("Note");
        db.ApplicationNotes.Remove(note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new NotFoundException("Note"); // deleted by another request a moment earlier
        }
    }

    private IQueryable<Application> Load(int userId) =>
        db.Applications.Where(a => a.UserId == userId).Include(a => a.Job).Include(a => a.Events);
}
