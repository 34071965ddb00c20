using System.Globalization;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Contacts;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Jobs;

/// <summary>One job with every field, its application with its timeline of moves and notes, and the people on it.</summary>
public sealed class DetailsModel(JobService jobs, ApplicationService applications, Recommender recommender, FeedbackService feedback,
    ProfileService profiles, ContactService contacts, ResumeService resumes) : PageModel
{
    public Job Job { get; private set; } = null!;

    /// <summary>The boards the job was found on, when ingestion brought it.</summary>
    public IReadOnlyList<PostingLink> BoardLinks { get; private set; } = [];
    public string? ApplicationError { get; private set; }
    public Recommendation Match { get; private set; } = null!;
    public UserCalendar Calendar { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];
    public IReadOnlyList<Contact> OtherContacts { get; private set; } = [];

    /// <summary>The user's resumes, for the application's "sent with" choice.</summary>
    public IReadOnlyList<ResumeUpload> Resumes { get; private set; } = [];

    /// <summary>The contact whose edit form was refused, so its messages show in that form; null for the add form.</summary>
    public int? EditingContactId { get; private set; }

    public sealed record NoteInput(string? Kind, string? Text, string? OccurredOn);

    public sealed record ContactInput(string? Name, string? Role, string? Email, string? Phone, string? Link, string? Notes)
    {
        public ContactFields ToFields() => new() { Name = Name, Role = Role, Email = Email, Phone = Phone, Link = Link, Notes = Notes,
            Present = PartialUpdate.Sent(nameof(Name), nameof(Role), nameof(Email), nameof(Phone), nameof(Link), nameof(Notes)) };
    }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Job = await jobs.GetAsync(User.UserId(), id, ct);
        BoardLinks = await jobs.BoardLinksAsync(User.UserId(), id, ct);
        Match = await recommender.ExplainAsync(User.UserId(), Job, ct);
        Calendar = await profiles.CalendarAsync(User.UserId(), ct);
        Timeline = Job.Application is { } application
            ? NoteRules.Timeline(application, await applications.NotesAsync(User.UserId(), application.Id, ct), Calendar)
            : [];
        var all = await contacts.ListAsync(User.UserId(), null, ct);
        Contacts = all.Where(c => c.Jobs.Any(l => l.JobId == id)).ToList();
        OtherContacts = all.Where(c => c.Jobs.All(l => l.JobId != id)).ToList();
        Resumes = await resumes.ListAsync(User.UserId(), ct);
    }

    /// <summary>The messages a refused form field got, by its model-state key (<c>Note.Text</c>).</summary>
    public IEnumerable<string> ErrorsFor(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>The match card alone, refreshed after an edit changed what the score reads.</summary>
    public async Task<IActionResult> OnGetMatchAsync(int id, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        return this.FragmentOrPage("_Match");
    }

    public Task<IActionResult> OnPostNotInterestedAsync(int id, CancellationToken ct) =>
        ChangeFeedbackAsync(id, "Hidden from your recommendations.", () => feedback.NotInterestedAsync(User.UserId(), id, ct), ct,
            undo: Url.Page("/Jobs/Details", "Interested", new { id }));

    public Task<IActionResult> OnPostInterestedAsync(int id, CancellationToken ct) =>
        ChangeFeedbackAsync(id, "Back in your recommendations.", () => feedback.UndoNotInterestedAsync(User.UserId(), id, ct), ct);

    private async Task<IActionResult> ChangeFeedbackAsync(int id, string done, Func<Task> change, CancellationToken ct, string? undo = null)
    {
        var refusal = await Refusals.OfAsync(change);
        var message = refusal?.Message ?? done;
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, "/Jobs/Details", new { id });
        if (refusal is null && undo is not null) this.ToastWithUndo(message, undo, "#match-card");
        else this.Toast(message);
        await OnGetAsync(id, ct);
        return Partial("_Match", this);
    }

    /// <summary>The fields part alone, refreshed after an edit in the dialog.</summary>
    public Task<IActionResult> OnGetFieldsAsync(int id, CancellationToken ct) => PartAsync(id, "_JobFields", ct);

    /// <summary>The application card alone, refreshed after an edit in the dialog changed the status.</summary>
    public Task<IActionResult> OnGetApplicationAsync(int id, CancellationToken ct) => PartAsync(id, "_Application", ct);

    /// <summary>The contacts card alone.</summary>
    public Task<IActionResult> OnGetContactsAsync(int id, CancellationToken ct) => PartAsync(id, "_Contacts", ct);

    private async Task<IActionResult> PartAsync(int id, string partial, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        return this.FragmentOrPage(partial);
    }

    public Task<IActionResult> OnPostTrackAsync(int id, CancellationToken ct) =>
        ChangeApplicationAsync(id, "Application tracked.", () => applications.StartAsync(User.UserId(), id, null, null, ct), ct);

    /// <summary>A move, with an Undo back to where it came from when the rules allow the way back.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, string? status, CancellationToken ct)
    {
        ApplicationStatus? before = null;
        return await ChangeApplicationAsync(id, "Application moved.", async () =>
        {
            var job = await jobs.GetAsync(User.UserId(), id, ct);
            if (job.Application is null) throw new NotFoundException("Application");
            before = job.Application.Status;
            await applications.MoveAsync(User.UserId(), job.Application.Id, status, ct);
        }, ct, undo: () => before is { } from && Job.Application is { } moved && ApplicationRules.MoveBack(from, moved.Status) is { } back
            ? ($"Moved to {Labels.Of(moved.Status)}.", Url.Page("/Jobs/Details", "Move", new { id, status = SnakeCase.Name(back) })!)
            : null);
    }

    public Task<IActionResult> OnPostAppliedAsync(int id, string? appliedAt, CancellationToken ct) =>
        ChangeApplicationAsync(id, "Applied date saved.", async () =>
        {
            var date = ParseDate(appliedAt, "applied_at", "Applied date");
            await applications.UpdateAsync(User.UserId(), await ApplicationIdAsync(id, ct),
                new ApplicationFields { AppliedAt = date, Present = PartialUpdate.Sent(nameof(ApplicationFields.AppliedAt)) }, ct);
        }, ct, "Application");

    /// <summary>The day to chase the application; blank clears it.</summary>
    public Task<IActionResult> OnPostFollowUpAsync(int id, string? followUpOn, CancellationToken ct) =>
        ChangeApplicationAsync(id, string.IsNullOrWhiteSpace(followUpOn) ? "Follow-up cleared." : "Follow-up date saved.", async () =>
        {
            var date = ParseDate(followUpOn, "follow_up_on", "Follow-up date");
            await applications.UpdateAsync(User.UserId(), await ApplicationIdAsync(id, ct),
                new ApplicationFields { FollowUpOn = date, Present = PartialUpdate.Sent(nameof(ApplicationFields.FollowUpOn)) }, ct);
        }, ct, "Application");

    /// <summary>The interview's day and time as the user reads their clock (their profile's zone); both blank clears it.</summary>
    public Task<IActionResult> OnPostInterviewAsync(int id, string? interviewDate, string? interviewTime, CancellationToken ct) =>
        ChangeApplicationAsync(id, string.IsNullOrWhiteSpace(interviewDate) && string.IsNullOrWhiteSpace(interviewTime)
            ? "Interview cleared." : "Interview saved.", async () =>
        {
            var at = InterviewMoment(interviewDate, interviewTime, (await profiles.CalendarAsync(User.UserId(), ct)).TimeZone);
            await applications.UpdateAsync(User.UserId(), await ApplicationIdAsync(id, ct), new ApplicationFields
            {
                InterviewAt = at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Present = PartialUpdate.Sent(nameof(ApplicationFields.InterviewAt)),
            }, ct);
        }, ct, "Application");

    /// <summary>Which resume went with the application; none clears it.</summary>
    public Task<IActionResult> OnPostResumeAsync(int id, int? resumeId, CancellationToken ct) =>
        ChangeApplicationAsync(id, resumeId is null ? "No resume recorded." : "Resume recorded.", async () =>
            await applications.UpdateAsync(User.UserId(), await ApplicationIdAsync(id, ct),
                new ApplicationFields { ResumeId = resumeId, Present = PartialUpdate.Sent(nameof(ApplicationFields.ResumeId)) }, ct), ct, "Application");

    public Task<IActionResult> OnPostNoteAsync(int id, NoteInput note, CancellationToken ct) =>
        ChangeApplicationAsync(id, "Note added.", async () =>
        {
            var on = ParseDate(note.OccurredOn, "occurred_on", "Date");
            await applications.AddNoteAsync(User.UserId(), await ApplicationIdAsync(id, ct), new NoteFields(note.Kind, note.Text, on), ct);
        }, ct, "Note");

    public Task<IActionResult> OnPostDeleteNoteAsync(int id, int noteId, CancellationToken ct) =>
        ChangeApplicationAsync(id, "Note deleted.", async () =>
            await applications.DeleteNoteAsync(User.UserId(), await ApplicationIdAsync(id, ct), noteId, ct), ct);

    public Task<IActionResult> OnPostAddContactAsync(int id, ContactInput contact, CancellationToken ct) =>
        ChangeContactsAsync(id, "Contact added.", async () =>
        {
            await jobs.GetAsync(User.UserId(), id, ct);
            await contacts.CreateAsync(User.UserId(), contact.ToFields() with { JobIds = [id], Present = null }, ct);
        }, null, ct);

    public Task<IActionResult> OnPostEditContactAsync(int id, int contactId, ContactInput contact, CancellationToken ct) =>
        ChangeContactsAsync(id, "Contact saved.", () => contacts.UpdateAsync(User.UserId(), contactId, contact.ToFields(), ct), contactId, ct);

    public Task<IActionResult> OnPostLinkContactAsync(int id, int contactId, CancellationToken ct) =>
        ChangeContactsAsync(id, "Contact added to this job.", () => contacts.LinkAsync(User.UserId(), id, contactId, ct), null, ct);

    public Task<IActionResult> OnPostUnlinkContactAsync(int id, int contactId, CancellationToken ct) =>
        ChangeContactsAsync(id, "Contact removed from this job.", () => contacts.UnlinkAsync(User.UserId(), id, contactId, ct), null, ct);

    /// <summary>The job's page is gone with it, so htmx too is sent to the list, where the message shows.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await jobs.DeleteAsync(User.UserId(), id, ct);
        return this.FlashAndRedirect("Job deleted.", "/Jobs/Index");
    }

    /// <summary>
    /// The application card comes back in place; a refused move shows why, beside the buttons, and a refused form
    /// (<paramref name="form"/> names it) shows its messages beside its fields, on the whole page when htmx is not there.
    /// </summary>
    private Task<IActionResult> ChangeApplicationAsync(int id, string done, Func<Task> change, CancellationToken ct, string? form = null,
        Func<(string Message, string Url)?>? undo = null) =>
        ChangeAsync(id, done, change, "_Application", HtmxEvents.ApplicationChanged, form, ct, undo);

    private Task<IActionResult> ChangeContactsAsync(int id, string done, Func<Task> change, int? editing, CancellationToken ct)
    {
        EditingContactId = editing;
        return ChangeAsync(id, done, change, "_Contacts", null, "Contact", ct);
    }

    /// <summary>An <paramref name="undo"/>, asked once the part is loaded again, offers the way back in the toast.</summary>
    private async Task<IActionResult> ChangeAsync(int id, string done, Func<Task> change, string partial, string? changed, string? form,
        CancellationToken ct, Func<(string Message, string Url)?>? undo = null)
    {
        var refusal = await Refusals.OfAsync(change);
        if (refusal is ValidationFailedException invalid && form is not null) ModelState.AddDomainErrors(invalid, form);
        else ApplicationError = refusal?.Message;
        if (!Request.IsHtmx())
        {
            if (refusal is null || ApplicationError is not null) return this.FlashAndRedirect(ApplicationError ?? done, "/Jobs/Details", new { id });
            await OnGetAsync(id, ct);
            return Page();
        }
        await OnGetAsync(id, ct);
        string[] events = changed is null ? [] : [changed];
        if (refusal is null && undo?.Invoke() is { } u) this.ToastWithUndo(u.Message, u.Url, "#application-card", events);
        else if (refusal is null) this.Toast(done, events);
        return Partial(partial, this);
    }

    private async Task<int> ApplicationIdAsync(int jobId, CancellationToken ct) =>
        (await jobs.GetAsync(User.UserId(), jobId, ct)).Application?.Id ?? throw new NotFoundException("Application");

    /// <summary>A date and a time input's values in the user's zone, as UTC; both blank is none; one without the other, or an hour the clocks skip, is a field error.</summary>
    private static DateTime? InterviewMoment(string? date, string? time, string? zone)
    {
        if (string.IsNullOrWhiteSpace(date) && string.IsNullOrWhiteSpace(time)) return null;
        var day = ParseDate(date, "interview_at", "Interview date")
                  ?? throw ValidationFailedException.For("interview_at", "Give the interview's date as well as its time.");
        if (string.IsNullOrWhiteSpace(time)) throw ValidationFailedException.For("interview_at", "Give the interview's time as well as its date.");
        if (!TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            throw ValidationFailedException.For("interview_at", "Interview time must be a time such as 14:30.");
        return TimeZones.ToUtc(zone, day.ToDateTime(clock))
               ?? throw ValidationFailedException.For("interview_at", "That time does not exist in your time zone: the clocks go forward then.");
    }

    /// <summary>A date as a date input sends it (<c>2026-11-20</c>); blank is none; anything else is a field error.</summary>
    private static DateOnly? ParseDate(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ValidationFailedException.For(field, $"{label} must be a date such as 2026-11-20.");
    }
}
