using System.Globalization;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>The rules of an application's life: which moves are allowed and how its job follows it.</summary>
public static partial class ApplicationRules
{
    public const int MaxNotesLength = 4000;

    /// <summary>
    /// Any move is allowed except the two that would tell a false story: accepting without an offer, and
    /// leaving an accepted offer other than by withdrawing. Rejected and withdrawn can be reopened, because
    /// companies do come back.
    /// </summary>
    public static string? WhyNot(ApplicationStatus from, ApplicationStatus to) => (from, to) switch
    {
        _ when from == to => null,
        (not ApplicationStatus.Offer, ApplicationStatus.Accepted) => "Only an application with an offer can be accepted.",
        (ApplicationStatus.Accepted, not ApplicationStatus.Withdrawn) => "An accepted offer can only be withdrawn.",
        _ => null,
    };

    public static IReadOnlyList<ApplicationStatus> NextStatuses(ApplicationStatus from) =>
        Enum.GetValues<ApplicationStatus>().Where(to => to != from && WhyNot(from, to) is null).ToArray();

    /// <summary>
    /// Where an undo of the move <paramref name="before"/> → <paramref name="after"/> goes: back to
    /// <paramref name="before"/> when the rules allow that move, otherwise nowhere (no Undo is offered).
    /// </summary>
    public static ApplicationStatus? MoveBack(ApplicationStatus before, ApplicationStatus after) =>
        before != after && WhyNot(after, before) is null ? before : null;

    /// <summary>
    /// What a job's status menu offers: its status, and the moves the rules allow from it. Without an application any
    /// first status but accepted starts one (and "not applied" stays); with one, only its next statuses, never back to
    /// "not applied". In pipeline order, so the menu never offers a move the rules refuse.
    /// </summary>
    public static IReadOnlyList<JobStatus> JobStatusChoices(JobStatus current, bool hasApplication)
    {
        var from = hasApplication ? FromJobStatus(current) : null;
        return Enum.GetValues<JobStatus>().Where(to => to == current || (from is { } f
            ? to != JobStatus.NotApplied && WhyNot(f, FromJobStatus(to)!.Value) is null
            : to != JobStatus.Accepted)).ToArray();
    }

    public static JobStatus ToJobStatus(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied => JobStatus.Applied,
        ApplicationStatus.Interview => JobStatus.Interview,
        ApplicationStatus.Offer => JobStatus.Offer,
        ApplicationStatus.Accepted => JobStatus.Accepted,
        ApplicationStatus.Rejected => JobStatus.Rejected,
        ApplicationStatus.Withdrawn => JobStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static ApplicationStatus? FromJobStatus(JobStatus status) =>
        status == JobStatus.NotApplied ? null : Enum.Parse<ApplicationStatus>(status.ToString());

    /// <summary>
    /// A job's status is its application's: a change goes through the application (and its rules), and the first move
    /// past "not applied" starts one, so the board and the history never miss a job. Returns the application started,
    /// if any, for the caller to store.
    /// </summary>
    public static Application? MoveJob(Job job, JobStatus status, DateTime nowUtc, DateOnly today)
    {
        var target = FromJobStatus(status);
        if (job.Application is { } application)
        {
            if (target is null)
                throw ValidationFailedException.For("status",
                    "This job has an application; move the application to withdrawn instead of un-applying.", "invalid_transition");
            Move(application, target.Value, nowUtc, today);
            return null;
        }
        return target is { } first ? Start(job, first, null, nowUtc, today) : null;
    }

    /// <summary>A status as a client spelled it; an unknown one names the allowed ones, with its own error code.</summary>
    public static ApplicationStatus? ParseStatus(string? status)
    {
        if (status is null) return null;
        if (SnakeCase.TryParse<ApplicationStatus>(status, out var parsed)) return parsed;
        throw ValidationFailedException.For("status",
            $"Status must be one of: {string.Join(", ", SnakeCase.Names<ApplicationStatus>())}.", "invalid_status");
    }

    /// <summary>Starts an application: its first history entry, and the job follows. It cannot start accepted.</summary>
    public static Application Start(Job job, ApplicationStatus status, string? notes, DateTime nowUtc, DateOnly today)
    {
        if (status == ApplicationStatus.Accepted)
            throw new ConflictException("invalid_transition", "Only an application with an offer can be accepted.");
        var application = new Application
        {
            UserId = job.UserId, Job = job, JobId = job.Id, Status = status, Notes = notes,
            CreatedAt = nowUtc, UpdatedAt = nowUtc,
            Events = [new ApplicationEvent { Status = status, At = nowUtc }],
        };
        job.Application = application;
        Follow(job, application, today, nowUtc);
        return application;
    }

    /// <summary>Moves an application to a new status, appending to its history; the job follows.</summary>
    public static void Move(Application application, ApplicationStatus to, DateTime nowUtc, DateOnly today)
    {
        if (application.Status == to) return;
        if (WhyNot(application.Status, to) is { } why)
            throw new ConflictException("invalid_transition", why);
        application.Status = to;
        application.UpdatedAt = nowUtc;
        application.Events.Add(new ApplicationEvent { ApplicationId = application.Id, Status = to, At = nowUtc });
        Follow(application.Job, application, today, nowUtc);
    }

    /// <summary>The day an application was sent, as the user corrects it: a real date, and not after their today.</summary>
    public static DateOnly? AppliedDate(Validation v, DateOnly? value, DateOnly today)
    {
        var date = v.OptionalDate("applied_at", "Applied date", value);
        if (date > today) v.Add("applied_at", "The applied date cannot be after today.");
        return date;
    }

    /// <summary>Sets the applied date the user gave (or clears it); the job's date applied follows.</summary>
    public static void SetAppliedAt(Application application, DateOnly? date, DateTime nowUtc)
    {
        if (application.AppliedAt == date) return;
        application.AppliedAt = date;
        application.UpdatedAt = nowUtc;
        application.Job.DateApplied = date;
        application.Job.UpdatedAt = nowUtc;
    }

    /// <summary>Still in play: a follow-up is worth chasing only while the application is open. An array, so queries can use it.</summary>
    public static readonly ApplicationStatus[] OpenStatuses = [ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Offer];

    /// <summary>Ended by the company or the user: an interview of such an application no longer stands.</summary>
    public static readonly ApplicationStatus[] EndedStatuses = [ApplicationStatus.Rejected, ApplicationStatus.Withdrawn];

    public static bool IsOpen(ApplicationStatus status) => OpenStatuses.Contains(status);

    /// <summary>An interview worth a calendar entry or a mention: any but one the company or the user ended.</summary>
    public static bool InterviewStands(ApplicationStatus status) => !EndedStatuses.Contains(status);

    /// <summary>The day to follow up: a date a person can mean. A past day is allowed: it is simply overdue.</summary>
    public static DateOnly? FollowUpDate(Validation v, DateOnly? value) =>
        v.OptionalDate("follow_up_on", "Follow-up date", value);

    /// <summary>
    /// An interview's start as ISO 8601 text with an offset (<c>Z</c> or <c>+01:00</c>), returned in UTC. A time without an
    /// offset names no moment (whose 14:30?), so it is refused rather than guessed; so is a year outside 2000–2099.
    /// </summary>
    public static DateTime? InterviewTime(Validation v, string? value)
    {
        if (value is null) return null;
        var text = value.Trim();
        if (text.Length == 0) return null;
        if (text.Length > 40 || !IsoDateTime().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            v.Add("interview_at", "Interview time must be an ISO 8601 date and time with its offset, such as 2026-12-10T14:30:00+01:00 or 2026-12-10T13:30:00Z.");
            return null;
        }
        if (!HasOffset().IsMatch(text))
        {
            v.Add("interview_at", "Interview time needs its UTC offset (Z or +01:00 at the end): without one the time names no moment.");
            return null;
        }
        var utc = moment.UtcDateTime;
        if (DateOnly.FromDateTime(utc) < Validation.EarliestDate || DateOnly.FromDateTime(utc) > Validation.LatestDate)
        {
            v.Add("interview_at", $"Interview time must be between {Validation.EarliestDate:yyyy} and {Validation.LatestDate:yyyy}.");
            return null;
        }
        // Whole seconds: what a calendar shows, and what reads back the same through every client.
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();

    /// <summary>Sets (or clears) the day to follow up.</summary>
    public static void SetFollowUp(Application application, DateOnly? date, DateTime nowUtc)
    {
        if (application.FollowUpOn == date) return;
        application.FollowUpOn = date;
        application.UpdatedAt = nowUtc;
    }

    /// <summary>Sets (or clears) the interview's start, in UTC.</summary>
    public static void SetInterview(Application application, DateTime? utc, DateTime nowUtc)
    {
        if (application.InterviewAt == utc) return;
        application.InterviewAt = utc;
        application.UpdatedAt = nowUtc;
    }

    /// <summary>The job's status is its application's; once applied, both remember the date.</summary>
    public static void Follow(Job job, Application application, DateOnly today, DateTime nowUtc)
    {
        job.Status = ToJobStatus(application.Status);
        job.UpdatedAt = nowUtc;
        if (application.Status == ApplicationStatus.Applied)
        {
            job.DateApplied ??= today;
            application.AppliedAt ??= job.DateApplied;
        }
    }
}
