using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Applications;

/// <summary>The board: one column per status; cards move by button or by drag.</summary>
public sealed class IndexModel(ApplicationService applications) : PageModel
{
    public IReadOnlyList<Application> Applications { get; private set; } = [];
    public string? Error { get; private set; }

    public IEnumerable<Application> In(ApplicationStatus status) => Applications.Where(a => a.Status == status);

    public async Task OnGetAsync(CancellationToken ct) => Applications = await applications.ListAsync(User.UserId(), null, ct);

    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        Applications = await applications.ListAsync(User.UserId(), null, ct);
        return this.FragmentOrPage("_Board");
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string? status, CancellationToken ct)
    {
        Application? moved = null;
        Error = (await Refusals.OfAsync(async () =>
            moved = await applications.MoveAsync(User.UserId(), id, status, ct)))?.Message;
        if (!Request.IsHtmx()) return this.FlashAndRedirect(Error ?? "Application moved.");
        if (moved is not null) this.Toast($"{moved.Job.Company} moved to {Labels.Of(moved.Status)}.");
        Applications = await applications.ListAsync(User.UserId(), null, ct);
        return Partial("_Board", this);
    }
}
