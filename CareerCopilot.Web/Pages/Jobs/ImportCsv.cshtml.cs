using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Csv;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Jobs;

/// <summary>
/// Jobs in from a CSV, in steps: upload, map each column to a field (guessed from the headers), preview, import. The
/// file waits in <see cref="CsvUploads"/> between steps; the page carries only its generated id. Also the CSV export
/// for the jobs page (the API's export speaks bearer tokens only).
/// </summary>
public sealed class ImportCsvModel(CsvService csv, CsvUploads uploads) : PageModel
{
    public enum ImportStep { Upload, Map, Preview, Done }

    public ImportStep Step { get; private set; } = ImportStep.Upload;

    /// <summary>The upload's generated id, carried from step to step.</summary>
    [BindProperty(SupportsGet = true)] public string? Upload { get; set; }

    /// <summary>The field chosen for each column, in column order.</summary>
    [BindProperty] public List<CsvField> Map { get; set; } = [];

    public CsvTable? Table { get; private set; }
    public string? Recognised { get; private set; }
    public CsvImportResult? Result { get; private set; }

    public static IReadOnlyList<CsvField> Fields { get; } = Enum.GetValues<CsvField>();

    public void OnGet() { }

    /// <summary>The mapping step of an upload, with each column's field guessed from its header.</summary>
    public async Task<IActionResult> OnGetMapAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Expired();
        Map = CsvRules.GuessMapping(Table!.Headers).ToList();
        Step = ImportStep.Map;
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            ModelState.AddModelError("file", "Choose a CSV file to import.");
        else if (file.Length > CsvRules.MaxFileBytes)
            ModelState.AddModelError("file", $"The file is {file.Length / 1000:N0} KB; the most an import takes is {CsvRules.MaxFileBytes / 1000:N0} KB. Split it and import the parts one by one.");
        if (!ModelState.IsValid) return Page();
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        try
        {
            CsvService.Read(bytes);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddModelError("file", e.Message);
            return Page();
        }
        var id = await uploads.SaveAsync(User.UserId(), bytes, ct);
        return RedirectToPage("/Jobs/ImportCsv", "Map", new { upload = id });
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Expired();
        var refusal = await Refusals.OfAsync(async () => Result = await csv.PreviewAsync(User.UserId(), Table!, Map, ct));
        if (refusal is not null)
        {
            foreach (var message in refusal is ValidationFailedException invalid ? invalid.Errors.SelectMany(e => e.Value) : [refusal.Message]) ModelState.AddModelError("Map", message);
            Step = ImportStep.Map;
            return Page();
        }
        Step = ImportStep.Preview;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Expired();
        var refusal = await Refusals.OfAsync(async () => Result = await csv.ImportAsync(User.UserId(), Table!, Map, ct));
        if (refusal is not null)
        {
            foreach (var message in refusal is ValidationFailedException invalid ? invalid.Errors.SelectMany(e => e.Value) : [refusal.Message]) ModelState.AddModelError("Map", message);
            Step = ImportStep.Map;
            return Page();
        }
        uploads.Delete(User.UserId(), Upload);
        Step = ImportStep.Done;
        return Page();
    }

    /// <summary>The user's jobs as a CSV file, for the jobs page's "Export CSV".</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var file = await csv.ExportFileAsync(User.UserId(), ct);
        return File(file.Content, CsvFile.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await uploads.LoadAsync(User.UserId(), Upload, ct) is not { } bytes) return false;
        Table = CsvService.Read(bytes);
        Recognised = CsvRules.RecognisedExport(Table.Headers);
        return true;
    }

    private PageResult Expired()
    {
        ModelState.AddModelError("file", "That upload is no longer here (an import is kept for a day, and only until it is imported). Upload the file again.");
        Step = ImportStep.Upload;
        Upload = null;
        return Page();
    }
}
