using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Live;

/// <summary>
/// The toast a match alert pops up: the job's title, company and score, linking to its page. Drawn here, from the user's
/// own job, so the page's script inserts markup the server wrote rather than building it from the event's data.
/// Another user's job, or one deleted since, is a 404 and no toast.
/// </summary>
public sealed class MatchToastModel(JobService jobs, Recommender recommender) : PageModel
{
    public Job Job { get; private set; } = null!;
    public int Score { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Job = await jobs.GetAsync(User.UserId(), id, ct);
        Score = (await recommender.ExplainAsync(User.UserId(), Job, ct)).Match.Score;
    }
}
