using System.Globalization;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>A CSV file as read: its header, its rows with the line each starts on, and how it was read.</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows, string EncodingName, char Delimiter);

/// <summary>A row that was not imported, and why.</summary>
public sealed record CsvProblem(int Line, string Message);

/// <summary>What an import did (or, for a preview, would do).</summary>
public sealed record CsvImportResult(IReadOnlyList<CsvRow> Good, IReadOnlyList<CsvProblem> Bad, IReadOnlyList<CsvProblem> Duplicates);

/// <summary>An exported file: its bytes and the name it is offered under.</summary>
public sealed record CsvFile(byte[] Content, string FileName)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

/// <summary>Jobs out to a CSV and in from one, through the same rules as every other door.</summary>
public sealed class CsvService(AppDbContext db, JobService jobs, ApplicationService applications, JobRules rules, TimeProvider clock)
{
    /// <summary>
    /// The export as a file as Excel opens it right: UTF-8 with its byte-order mark, named by the day it was made (UTC;
    /// the name is only a label).
    /// </summary>
    public async Task<CsvFile> ExportFileAsync(int userId, CancellationToken ct)
    {
        var text = await ExportAsync(userId, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new CsvFile([.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(text)],
            $"career-copilot-jobs-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>Every job of the user with its application, oldest first, as text.</summary>
    public async Task<string> ExportAsync(int userId, CancellationToken ct)
    {
        var rows = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId).Include(j => j.Application)
            .OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).ToListAsync(ct);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // The cells are made safe here (CsvRules.SafeCell, unit-tested on its own); the writer quotes what needs quoting.
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            csv.WriteRecord(CsvRules.ExportColumns.Select(c => c.Header).ToArray());
            foreach (var j in rows)
            {
                string?[] cells =
                [
                    j.Company, j.Title, j.Location, SnakeCase.Name(j.Remote), Name(j.EmploymentType), Name(j.ExperienceLevel),
                    string.Join(", ", j.TechStack), j.Url, j.ApplyUrl, Number(j.SalaryMin), Number(j.SalaryMax), j.SalaryCurrency,
                    Name(j.SalaryPeriod), SnakeCase.Name(j.Status), Day(j.DateApplied ?? j.Application?.AppliedAt), Day(j.Deadline), j.Notes,
                    j.Application?.Notes, SnakeCase.Name(j.Source), j.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ];
                csv.WriteRecord(cells.Select(CsvRules.SafeCell).ToArray());
            }
        }
        return text.ToString();
    }

    private static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? SnakeCase.Name(v) : null;
    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
    private static string? Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a file's bytes: encoding and delimiter told, the header and up to <see cref="CsvRules.MaxRows"/> rows.</summary>
    public static CsvTable Read(byte[] bytes)
    {
        var (text, encoding) = CsvRules.Decode(bytes);
        var delimiter = CsvRules.DetectDelimiter(text);
        var options = new CsvReaderOptions
        {
            Separator = delimiter, HasHeader = false, TrackLineNumbers = true, SkipEmptyLines = true, DetectSeparatorHint = false,
            MaxRecordSize = CsvRules.MaxFileBytes * 4, IncludeValuesInExceptions = false,
        };
        using var reader = CsvReader.FromText(text, options);
        string[]? headers = null;
        var rows = new List<(int, IReadOnlyList<string>)>();
        while (reader.Read())
        {
            var record = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (headers is null) { headers = record; continue; }
            if (rows.Count == CsvRules.MaxRows)
                throw ValidationFailedException.For("file", $"The file has more than {CsvRules.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows: split it and import the parts one by one.");
            rows.Add(((int)reader.LineNumber, record));
        }
        if (headers is null) throw ValidationFailedException.For("file", "The file is empty: it needs a header line and at least one row.");
        return new CsvTable(headers, rows, encoding, delimiter);
    }

    /// <summary>What importing would do: each row checked by the CSV rules and the job rules, links already in the list found.</summary>
    public async Task<CsvImportResult> PreviewAsync(int userId, CsvTable table, IReadOnlyList<CsvField> mapping, CancellationToken ct)
    {
        CheckMapping(mapping, table.Headers.Count);
        var known = (await db.Jobs.AsNoTracking().Where(j => j.UserId == userId && j.UrlKey != null).Select(j => j.UrlKey!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var good = new List<CsvRow>();
        var bad = new List<CsvProblem>();
        var duplicates = new List<CsvProblem>();
        foreach (var (line, cells) in table.Rows)
        {
            var row = CsvRules.ReadRow(line, cells, mapping);
            var errors = row.Errors.ToList();
            try
            {
                rules.Apply(new Job(), row.Fields, isNew: true);
            }
            catch (ValidationFailedException e)
            {
                // The row's own reading said it first (a missing company); the job rules add what it did not check.
                errors.AddRange(e.Errors.Where(f => !(f.Key is "company" or "title" && row.Errors.Count > 0 && IsMissing(row, f.Key))).SelectMany(f => f.Value));
            }
            if (errors.Count > 0) { bad.Add(new CsvProblem(line, string.Join(" ", errors))); continue; }
            if (PostingKeys.Url(row.Fields.Url) is { } key && !known.Add(key))
            {
                duplicates.Add(new CsvProblem(line, $"{row.Fields.Title} at {row.Fields.Company}: {row.Fields.Url} is already in your jobs."));
                continue;
            }
            good.Add(row);
        }
        return new CsvImportResult(good, bad, duplicates);
    }

    /// <summary>Imports the good rows (each saved through the job service, as a job typed in would be); reports the rest.</summary>
    public async Task<CsvImportResult> ImportAsync(int userId, CsvTable table, IReadOnlyList<CsvField> mapping, CancellationToken ct)
    {
        var preview = await PreviewAsync(userId, table, mapping, ct);
        var saved = new List<CsvRow>();
        var bad = preview.Bad.ToList();
        foreach (var row in preview.Good)
        {
            try
            {
                var job = await jobs.CreateAsync(userId, Fields(row), ct);
                if (row.ApplicationNotes is { } notes && job.Application is { } application)
                    await applications.UpdateAsync(userId, application.Id, new ApplicationFields { Notes = notes, Present = PartialUpdate.Sent(nameof(ApplicationFields.Notes)) }, ct);
                saved.Add(row);
            }
            catch (DomainException e) when (e is ValidationFailedException or ConflictException)
            {
                db.ChangeTracker.Clear();
                bad.Add(new CsvProblem(row.Line, e.Message));
            }
        }
        return new CsvImportResult(saved, bad.OrderBy(p => p.Line).ToList(), preview.Duplicates);
    }

    /// <summary>Application notes of a job that has no application join its notes, so nothing of the row is lost.</summary>
    private static JobFields Fields(CsvRow row) =>
        row.ApplicationNotes is { } notes && (row.Fields.Status is null || row.Fields.Status == SnakeCase.Name(JobStatus.NotApplied))
            ? row.Fields with { Notes = row.Fields.Notes is { } n ? $"{n}\n\n{notes}" : notes }
            : row.Fields;

    private static bool IsMissing(CsvRow row, string field) => field == "company" ? row.Fields.Company is null : row.Fields.Title is null;

    /// <summary>A mapping names a field for each column, at most one column per field, and company and title among them.</summary>
    public static void CheckMapping(IReadOnlyList<CsvField> mapping, int columns)
    {
        var v = new Validation();
        if (mapping.Count != columns) v.Add("mapping", "Choose a field or “ignore” for every column.");
        foreach (var twice in mapping.Where(f => f != CsvField.Ignore).GroupBy(f => f).Where(g => g.Count() > 1))
            v.Add("mapping", $"{Label(twice.Key)} is chosen for more than one column.");
        if (!mapping.Contains(CsvField.Company)) v.Add("mapping", "Choose the column that holds the company.");
        if (!mapping.Contains(CsvField.Title)) v.Add("mapping", "Choose the column that holds the job title.");
        v.ThrowIfInvalid();
    }

    /// <summary>A field as the mapping step names it.</summary>
    public static string Label(CsvField field) => field switch
    {
        CsvField.Ignore => "Ignore this column",
        CsvField.Url => "Link",
        CsvField.ApplyUrl => "Apply link",
        CsvField.TechStack => "Tech stack",
        _ => CareerCopilot.Web.Domain.Common.SnakeCase.Convert(field.ToString()).Replace('_', ' ') is var s ? char.ToUpperInvariant(s[0]) + s[1..] : "",
    };
}
