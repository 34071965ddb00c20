using System.Globalization;
using System.Text;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>What a CSV column can become on import.</summary>
public enum CsvField
{
    Ignore, Company, Title, Location, Remote, EmploymentType, ExperienceLevel, TechStack, Description, Url, ApplyUrl,
    SalaryMin, SalaryMax, SalaryCurrency, SalaryPeriod, Status, DateApplied, Deadline, Notes, ApplicationNotes,
}

/// <summary>One row read from a CSV: the job's fields, the application's notes, and what was wrong with it.</summary>
public sealed record CsvRow(int Line, JobFields Fields, string? ApplicationNotes, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The CSV rules, host-free: how a cell is made safe for a spreadsheet, how a file's encoding and delimiter are told,
/// how headers are read as fields (with the exports of Huntr, Teal and this app recognised), and how a row becomes a job.
/// </summary>
public static class CsvRules
{
    public const int MaxFileBytes = 1_000_000;
    public const int MaxRows = 5_000;

    /// <summary>This app's own export, in order: the import recognises it, so a round trip keeps everything.</summary>
    public static readonly IReadOnlyList<(string Header, CsvField Field)> ExportColumns =
    [
        ("Company", CsvField.Company), ("Title", CsvField.Title), ("Location", CsvField.Location), ("Remote", CsvField.Remote),
        ("Employment type", CsvField.EmploymentType), ("Experience level", CsvField.ExperienceLevel), ("Tech stack", CsvField.TechStack),
        ("Link", CsvField.Url), ("Apply link", CsvField.ApplyUrl), ("Salary min", CsvField.SalaryMin), ("Salary max", CsvField.SalaryMax),
        ("Salary currency", CsvField.SalaryCurrency), ("Salary period", CsvField.SalaryPeriod), ("Status", CsvField.Status),
        ("Date applied", CsvField.DateApplied), ("Deadline", CsvField.Deadline), ("Notes", CsvField.Notes),
        ("Application notes", CsvField.ApplicationNotes), ("Source", CsvField.Ignore), ("Added", CsvField.Ignore),
    ];

    // ---- Spreadsheet safety ----

    /// <summary>
    /// A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a leading
    /// apostrophe, which spreadsheets show as text and the import takes off again.
    /// </summary>
    public static string SafeCell(string? value) =>
        string.IsNullOrEmpty(value) || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? value ?? "" : "'" + value;

    /// <summary>The apostrophe <see cref="SafeCell"/> added, taken off.</summary>
    public static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    // ---- Reading a file ----

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 with or without its byte-order mark, UTF-16 by its mark, else Windows-1252 (what Excel saves as "CSV").</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "UTF-8 (with BOM)");
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble)) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes), "Windows-1252");
        }
    }

    private static readonly Encoding Windows1252 = Encoding.GetEncoding(1252);

    /// <summary>Comma, semicolon (Excel where the decimal mark is a comma) or tab: the one the header line uses most, outside quotes.</summary>
    public static char DetectDelimiter(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    // ---- Headers ----

    private static readonly Dictionary<string, CsvField> Synonyms = BuildSynonyms();

    private static Dictionary<string, CsvField> BuildSynonyms()
    {
        var map = new Dictionary<string, CsvField>(StringComparer.Ordinal);
        void Add(CsvField field, params string[] names)
        {
            foreach (var n in names) map[Key(n)] = field;
        }
        Add(CsvField.Company, "company", "company name", "employer", "organization", "organisation");
        Add(CsvField.Title, "title", "job title", "position", "job position", "role", "job name", "job");
        Add(CsvField.Location, "location", "job location", "city");
        Add(CsvField.Remote, "remote", "workplace", "workplace type", "work type", "remote type");
        Add(CsvField.EmploymentType, "employment type", "job type");
        Add(CsvField.ExperienceLevel, "experience level", "seniority", "level");
        Add(CsvField.TechStack, "tech stack", "skills", "tags", "keywords");
        Add(CsvField.Description, "description", "job description");
        Add(CsvField.Url, "url", "link", "job url", "job link", "posting url", "posting link", "job posting url");
        Add(CsvField.ApplyUrl, "apply url", "apply link", "application url", "application link");
        Add(CsvField.SalaryMin, "salary min", "min salary", "minimum salary", "salary from");
        Add(CsvField.SalaryMax, "salary max", "max salary", "maximum salary", "salary to");
        Add(CsvField.SalaryCurrency, "salary currency", "currency");
        Add(CsvField.SalaryPeriod, "salary period", "pay period");
        Add(CsvField.Status, "status", "stage", "list", "application status", "job status");
        Add(CsvField.DateApplied, "date applied", "applied", "applied date", "applied on", "application date");
        Add(CsvField.Deadline, "deadline", "closing date", "apply by");
        Add(CsvField.Notes, "notes", "note", "comments", "job notes");
        Add(CsvField.ApplicationNotes, "application notes");
        return map;
    }

    private static string Key(string header) => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Each column's likely field by its header; a field already taken by an earlier column is not given twice.</summary>
    public static IReadOnlyList<CsvField> GuessMapping(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<CsvField>();
        return headers.Select(h =>
        {
            var field = Synonyms.GetValueOrDefault(Key(Unescape(h.Trim())), CsvField.Ignore);
            return field != CsvField.Ignore && taken.Add(field) ? field : CsvField.Ignore;
        }).ToList();
    }

    /// <summary>Whose export the headers look like, to say so on the page: this app's, Teal's or Huntr's; null for any other.</summary>
    public static string? RecognisedExport(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => Key(h)).ToHashSet(StringComparer.Ordinal);
        if (ExportColumns.All(c => keys.Contains(Key(c.Header)))) return "Career Co-Pilot";
        if (keys.Contains("jobposition") && (keys.Contains("excitement") || keys.Contains("datesaved"))) return "Teal";
        if (keys.Contains("list") || keys.Contains("huntr") || (keys.Contains("jobtitle") && keys.Contains("createdat") && keys.Contains("joburl"))) return "Huntr";
        return null;
    }

    // ---- Values ----

    private static readonly Dictionary<string, JobStatus> StatusWords = new(StringComparer.Ordinal)
    {
        // This app's own names come from the enum; these are the spreadsheets', Huntr's and Teal's words.
        ["wishlist"] = JobStatus.NotApplied, ["saved"] = JobStatus.NotApplied, ["bookmarked"] = JobStatus.NotApplied,
        ["applying"] = JobStatus.NotApplied, ["todo"] = JobStatus.NotApplied, ["new"] = JobStatus.NotApplied, ["interested"] = JobStatus.NotApplied,
        ["noresponse"] = JobStatus.Applied, ["submitted"] = JobStatus.Applied, ["pending"] = JobStatus.Applied,
        ["interviewing"] = JobStatus.Interview, ["interviews"] = JobStatus.Interview, ["phonescreen"] = JobStatus.Interview, ["screening"] = JobStatus.Interview,
        ["offered"] = JobStatus.Offer, ["negotiating"] = JobStatus.Offer,
        ["hired"] = JobStatus.Accepted, ["accept"] = JobStatus.Accepted,
        ["notselected"] = JobStatus.Rejected, ["declined"] = JobStatus.Rejected, ["rejection"] = JobStatus.Rejected,
        ["iwithdrew"] = JobStatus.Withdrawn, ["archived"] = JobStatus.Withdrawn, ["ghosted"] = JobStatus.Withdrawn,
    };

    public static bool TryStatus(string value, out JobStatus status)
    {
        var key = Key(value);
        foreach (var name in Enum.GetValues<JobStatus>())
            if (Key(name.ToString()) == key) { status = name; return true; }
        return StatusWords.TryGetValue(key, out status);
    }

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy",
        "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK",
    ];

    /// <summary>
    /// ISO dates, written-out months, dotted European dates, and slashed dates: month first as Huntr and Teal write them,
    /// day first when the first number cannot be a month.
    /// </summary>
    public static bool TryDate(string value, out DateOnly date)
    {
        value = value.Trim();
        if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        var parts = value.Split('/');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[2].Length == 4)
        {
            int a = int.Parse(parts[0], CultureInfo.InvariantCulture), b = int.Parse(parts[1], CultureInfo.InvariantCulture), y = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var (month, day) = a > 12 ? (b, a) : (a, b);
            if (y is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month))
            {
                date = new DateOnly(y, month, day);
                return true;
            }
        }
        date = default;
        return false;
    }

    /// <summary>A whole amount: "85000", "85,000", "€85.000", "85k"; no fractions.</summary>
    public static bool TryAmount(string value, out int amount)
    {
        var text = new string(value.Where(c => !char.IsWhiteSpace(c) && c is not ',' and not '.' && !char.IsSymbol(c) && c != '$').ToArray());
        var thousands = text.EndsWith('k') || text.EndsWith('K');
        if (thousands) text = text[..^1];
        if (text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit)
            && long.Parse(text, CultureInfo.InvariantCulture) * (thousands ? 1000 : 1) is var whole and <= int.MaxValue)
        {
            amount = (int)whole;
            return true;
        }
        amount = 0;
        return false;
    }

    /// <summary>An enum value as people write it: "Full time", "full-time" and "full_time" alike.</summary>
    private static string EnumText<T>(string value) where T : struct, Enum
    {
        var key = Key(value);
        foreach (var name in Enum.GetValues<T>())
            if (Key(name.ToString()) == key) return SnakeCase.Name(name);
        return value; // the job's rules name the allowed values
    }

    // ---- Rows ----

    /// <summary>
    /// One row as a job: each mapped cell read (apostrophes of the export taken off), the row's own mistakes named
    /// (missing company or title, unknown status, a date or amount that cannot be read). The job's rules check the rest
    /// when it is saved.
    /// </summary>
    public static CsvRow ReadRow(int line, IReadOnlyList<string> cells, IReadOnlyList<CsvField> mapping)
    {
        var errors = new List<string>();
        var text = new Dictionary<CsvField, string>();
        for (var i = 0; i < mapping.Count && i < cells.Count; i++)
        {
            if (mapping[i] == CsvField.Ignore) continue;
            var value = Unescape(cells[i].Trim()).Trim();
            if (value.Length > 0) text[mapping[i]] = value;
        }
        string? Get(CsvField f) => text.GetValueOrDefault(f);
        if (Get(CsvField.Company) is null) errors.Add("Company is missing.");
        if (Get(CsvField.Title) is null) errors.Add("Title is missing.");

        string? status = null;
        if (Get(CsvField.Status) is { } s)
        {
            if (TryStatus(s, out var st)) status = SnakeCase.Name(st);
            else errors.Add($"Unknown status “{s}”: use one of {string.Join(", ", SnakeCase.Names<JobStatus>())}.");
        }
        DateOnly? Date(CsvField f, string label)
        {
            if (Get(f) is not { } d) return null;
            if (TryDate(d, out var date)) return date;
            errors.Add($"{label} “{d}” is not a date (write it as 2026-11-26).");
            return null;
        }
        int? Amount(CsvField f, string label)
        {
            if (Get(f) is not { } a) return null;
            if (TryAmount(a, out var amount)) return amount;
            errors.Add($"{label} “{a}” is not a whole amount.");
            return null;
        }
        var fields = new JobFields
        {
            Company = Get(CsvField.Company),
            Title = Get(CsvField.Title),
            Location = Get(CsvField.Location),
            Remote = Get(CsvField.Remote) is { } r ? EnumText<RemoteMode>(r) : null,
            EmploymentType = Get(CsvField.EmploymentType) is { } e ? EnumText<EmploymentType>(e) : null,
            ExperienceLevel = Get(CsvField.ExperienceLevel) is { } x ? EnumText<ExperienceLevel>(x) : null,
            TechStack = Get(CsvField.TechStack)?.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Description = Get(CsvField.Description),
            Url = Get(CsvField.Url),
            ApplyUrl = Get(CsvField.ApplyUrl),
            SalaryMin = Amount(CsvField.SalaryMin, "Salary min"),
            SalaryMax = Amount(CsvField.SalaryMax, "Salary max"),
            SalaryCurrency = Get(CsvField.SalaryCurrency),
            SalaryPeriod = Get(CsvField.SalaryPeriod) is { } p ? EnumText<SalaryPeriod>(p) : null,
            Status = status,
            DateApplied = Date(CsvField.DateApplied, "Date applied"),
            Deadline = Date(CsvField.Deadline, "Deadline"),
            Notes = Get(CsvField.Notes),
        };
        return new CsvRow(line, fields, Get(CsvField.ApplicationNotes), errors);
    }
}
