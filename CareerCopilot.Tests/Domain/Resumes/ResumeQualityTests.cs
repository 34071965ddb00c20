using System.Globalization;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Documents;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CareerCopilot.Tests.Domain.Resumes;

/// <summary>The labelled set (Fixtures/Resumes), read as an upload is: inspector, text reader, parser.</summary>
public sealed class ResumeQualityTests(ITestOutputHelper output)
{
    private sealed record Label(string File, string? Name, string? Email, string? Phone, double? Years, string[]? Skills, string? Error);

    private sealed record LabelFile(DateOnly Today, Label[] Resumes);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task Reads_the_labelled_set_as_well_as_promised()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes");
        var labels = JsonSerializer.Deserialize<LabelFile>(await File.ReadAllTextAsync(Path.Combine(directory, "labels.json")),
            Json)!;
        var inspector = new ResumeFileInspector();
        var reader = new ResumeTextReader(Options.Create(new DocumentsOptions()));
        var parser = new ResumeParser(Shipped.Extractor);

        int resumes = 0, contactRight = 0, yearsRight = 0;
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var label in labels.Resumes)
        {
            var path = Path.Combine(directory, label.File);
            var kind = await inspector.InspectAsync(path, label.File, CancellationToken.None);
            Assert.True(kind is not null, $"{label.File}: not recognised");
            if (label.Error is { } error)
            {
                var refusal = await Assert.ThrowsAsync<ResumeReadException>(() => reader.ReadAsync(path, kind.Value, CancellationToken.None));
                Assert.Equal(Enum.Parse<ResumeError>(error), refusal.Error);
                continue;
            }
            var parsed = parser.Parse(await reader.ReadAsync(path, kind.Value, CancellationToken.None), labels.Today);
            resumes++;

            bool name = string.Equals(parsed.Name, label.Name, StringComparison.OrdinalIgnoreCase);
            bool email = string.Equals(parsed.Email, label.Email, StringComparison.OrdinalIgnoreCase);
            bool phone = Digits(parsed.Phone) == Digits(label.Phone);
            if (name && email && phone) contactRight++;
            var yearsOk = parsed.ExperienceYears is { } y && label.Years is { } l && Math.Abs(y - l) <= 1.0;
            if (yearsOk) yearsRight++;

            var expected = label.Skills!.ToHashSet(StringComparer.Ordinal);
            var found = parsed.Skills.ToHashSet(StringComparer.Ordinal);
            truePositives += found.Count(expected.Contains);
            falsePositives += found.Count(s => !expected.Contains(s));
            falseNegatives += expected.Count(s => !found.Contains(s));

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label.File}: name {(name ? "ok" : $"'{parsed.Name}'")}, email {(email ? "ok" : $"'{parsed.Email}'")}, phone {(phone ? "ok" : $"'{parsed.Phone}'")}, " +
                $"years {parsed.ExperienceYears} (label {label.Years}), level {parsed.ExperienceLevel}, " +
                $"missed [{string.Join(", ", expected.Except(found))}], extra [{string.Join(", ", found.Except(expected))}]"));
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{resumes} resumes: name, email and phone right on {contactRight} ({100.0 * contactRight / resumes:F0}%); " +
            $"skills precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}; years within one year on {yearsRight} ({100.0 * yearsRight / resumes:F0}%)"));

        Assert.True(resumes >= 20, "the set holds at least 20 readable resumes");
        Assert.True(contactRight >= 0.9 * resumes, $"contact right on {contactRight} of {resumes}");
        Assert.True(f1 >= 0.85, $"skills F1 {f1:F3}");
        Assert.True(yearsRight >= 0.8 * resumes, $"years right on {yearsRight} of {resumes}");
    }

    private static string Digits(string? phone) => new((phone ?? "").Where(c => char.IsDigit(c) || c == '+').ToArray());
}
