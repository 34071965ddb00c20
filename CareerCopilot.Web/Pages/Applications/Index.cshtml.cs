using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Applications;

/// <summary>One card: a saved job (no application yet) or an application, with what the board says about it.</summary>
public sealed record BoardCard(Job Job, Application? Application, int? Score, int DaysInStage, NextStep? Next);

/// <summary>The board, the whole pipeline: saved jobs first, then one column per application status; cards move by menu or by drag.</summary>
public sealed class IndexModel(ApplicationService applications, JobService jobs, ProfileService profiles, MatchSnapshots snapshots,
    TimeProvider clock) : PageModel
{
    /// <summary>The Saved column shows the newest this many; the jobs list has the rest.</summary>
    public const int SavedShown = 50;

    public IReadOnlyList<BoardCard> Saved { get; private set; } = [];
    public int SavedTotal { get; private set; }
    public IReadOnlyList<BoardCard> Applications { get; private set; } = [];
    public UserCalendar Calendar { get; private set; } = null!;
    public string? Error { get; private set; }

    public IEnumerable<BoardCard> In(ApplicationStatus status) => Applications.Where(a => a.Application!.Status == status);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return this.FragmentOrPage("_Board");
    }

    public Task<IActionResult> OnPostMoveAsync(int id, string? status, CancellationToken ct) =>
        ChangeAsync(async () =>
        {
            // Back to Saved is the job's move, refused by its rules with their reason.
            if (SnakeCase.TryParse<JobStatus>(status, out var jobStatus) && jobStatus == JobStatus.NotApplied)
            {
                var application = await applications.GetAsync(User.UserId(), id, ct);
                await jobs.ChangeStatusAsync(User.UserId(), application.JobId, jobStatus, ct);
                return "";
            }
            var moved = await applications.MoveAsync(User.UserId(), id, status, ct);
            return $"{moved.Job.Company} moved to {Labels.Of(moved.Status)}.";
        }, "Application moved.", ct);

    /// <summary>A saved job moved onto the board: its application starts, by the same rules as everywhere else.</summary>
    public Task<IActionResult> OnPostStartAsync(int id, string? status, CancellationToken ct) =>
        ChangeAsync(async () =>
        {
            if (!SnakeCase.TryParse<ApplicationStatus>(status, out var to))
                throw ValidationFailedException.For("status", "Pick the column the job goes to.");
            var job = (await jobs.ChangeStatusAsync(User.UserId(), id, ApplicationRules.ToJobStatus(to), ct)).Job;
            return $"{job.Company} moved to {Labels.Of(to)}; its application has started.";
        }, "Application started.", ct);

    private async Task<IActionResult> ChangeAsync(Func<Task<string>> change, string done, CancellationToken ct)
    {
        string? message = null;
        Error = (await Refusals.OfAsync(async () => message = await change()))?.Message;
        if (!Request.IsHtmx()) return this.FlashAndRedirect(Error ?? message ?? done);
        if (Error is null) this.Toast(message is { Length: > 0 } m ? m : done, HtmxEvents.ApplicationChanged);
        await LoadAsync(ct);
        return Partial("_Board", this);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        Calendar = await profiles.CalendarAsync(userId, ct);
        var snapshot = await snapshots.GetAsync(userId, ct);
        var upcoming = await applications.NotesAfterAsync(userId, Calendar.Today, ct);
        var (saved, total) = await jobs.SavedAsync(userId, SavedShown, ct);
        SavedTotal = total;
        Saved = saved.Select(j => Card(j, null, snapshot, [])).ToList();
        Applications = (await applications.ListAsync(userId, null, ct)).Select(a => Card(a.Job, a, snapshot, upcoming[a.Id])).ToList();
    }

    private BoardCard Card(Job job, Application? application, MatchSnapshot snapshot, IEnumerable<ApplicationNote> notes) =>
        new(job, application, snapshot.Find(job.Id)?.Match.Score, BoardRules.DaysInStage(job, application, Calendar),
            BoardRules.Next(job, application, notes, Calendar, clock.GetUtcNow().UtcDateTime));
}
