using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
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
        Response.Htmx(h => h.WithVary());
        Applications = await applications.ListAsync(User.UserId(), null, ct);
        return Request.IsHtmx() ? Partial("_Board", this) : Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string? status, CancellationToken ct)
    {
        Response.Htmx(h => h.WithVary());
        try
        {
            var moved = await applications.MoveAsync(User.UserId(), id, status, ct);
            if (Request.IsHtmx())
                Response.Htmx(h => h.WithTrigger("show-message", $"{moved.Job.Company} moved to {Labels.Of(moved.Status)}."));
        }
        catch (DomainException e) when (e is ValidationFailedException or ConflictException)
        {
            Error = e.Message;
        }
        if (!Request.IsHtmx())
        {
            TempData["Flash"] = Error ?? "Application moved.";
            return RedirectToPage();
        }
        Applications = await applications.ListAsync(User.UserId(), null, ct);
        return Partial("_Board", this);
    }
}
