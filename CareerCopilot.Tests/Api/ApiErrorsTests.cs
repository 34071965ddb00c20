using System.Reflection;
using CareerCopilot.Web.Api;
using CareerCopilot.Web.Domain.Common;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CareerCopilot.Tests.Api;

public sealed class ApiErrorsTests
{
    [Fact]
    public void Every_entry_has_its_own_code_an_error_status_and_a_title()
    {
        Assert.Equal(ApiErrors.All.Count, ApiErrors.All.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ApiErrors.All, e =>
        {
            Assert.Matches("^[a-z]+(_[a-z]+)*$", e.Code);
            Assert.InRange(e.Status, 400, 599);
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
        });
    }

    [Fact]
    public void The_list_holds_every_entry_of_the_catalogue()
    {
        var declared = typeof(ApiErrors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ApiError)).Select(f => (ApiError)f.GetValue(null)!);
        Assert.Equal(declared.Select(e => e.Code).Order(), ApiErrors.All.Select(e => e.Code).Order());
    }

    [Fact]
    public void Every_code_a_refusal_is_raised_with_has_an_entry()
    {
        var raised = RaisedCodes().ToList();

        // The scan itself must see the codes known today, or it would pass by finding nothing.
        Assert.Superset(new HashSet<string> { "validation_failed", "malformed_json", "invalid_status", "invalid_transition", "duplicate", "not_found" },
            raised.Select(r => r.Code).ToHashSet());
        Assert.All(raised, r => Assert.True(ApiErrors.ForCode(r.Code) is not null,
            $"{r.Where} raises '{r.Code}', which Api/ApiErrors.cs does not list: add an entry (code, status, title)."));
    }

    [Theory]
    [InlineData(404, "not_found")]
    [InlineData(405, "method_not_allowed")]
    [InlineData(415, "unsupported_media_type")]
    [InlineData(418, "error")]
    [InlineData(502, "internal_error")]
    public void A_status_the_framework_answers_gets_a_code(int status, string code)
    {
        var error = ApiErrors.ForStatus(status);
        Assert.Equal(code, error.Code);
        Assert.Equal(status, error.Status);
    }

    /// <summary>
    /// Every place the web project raises a <see cref="DomainException"/>, with the code it raises, read from the source:
    /// the code argument of each kind's constructors and factories (or its parameter's default when left out), and the
    /// fixed code of a kind that takes none. A code that is not a literal fails, as it could not be checked.
    /// </summary>
    private static IEnumerable<(string Where, string Code)> RaisedCodes()
    {
        var kinds = typeof(DomainException).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DomainException)) && !t.IsAbstract).ToDictionary(t => t.Name);
        var web = Path.Combine(RepositoryRoot(), "CareerCopilot.Web");
        var sources = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        foreach (var file in sources)
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var call in root.DescendantNodes())
            {
                var (name, method, arguments) = call switch
                {
                    ObjectCreationExpressionSyntax creation => (LastName(creation.Type.ToString()), (string?)null, creation.ArgumentList),
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation =>
                        (LastName(access.Expression.ToString()), access.Name.Identifier.Text, invocation.ArgumentList),
                    _ => ((string?)null, (string?)null, (ArgumentListSyntax?)null),
                };
                if (name is null || arguments is null || !kinds.TryGetValue(name, out var kind)) continue;
                var where = $"{Path.GetRelativePath(web, file)}:{call.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
                yield return (where, CodeOf(kind, method, arguments.Arguments, where));
            }
        }
    }

    private static string CodeOf(Type kind, string? method, Microsoft.CodeAnalysis.SeparatedSyntaxList<ArgumentSyntax> arguments, string where)
    {
        var candidates = method is null
            ? kind.GetConstructors().Cast<MethodBase>()
            : kind.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == method && m.ReturnType == kind);
        var signature = candidates.Select(m => m.GetParameters())
            .FirstOrDefault(p => p.Length >= arguments.Count && p.Count(q => !q.HasDefaultValue) <= arguments.Count)
            ?? throw new InvalidOperationException($"{where}: no {kind.Name} {method ?? "constructor"} takes {arguments.Count} arguments.");

        var code = signature.SingleOrDefault(p => p.Name == "code");
        if (code is null)
            return ((DomainException)Activator.CreateInstance(kind, signature
                .Select(p => p.ParameterType == typeof(string) ? "x" : Activator.CreateInstance(p.ParameterType)).ToArray())!).Code;
        var given = arguments.SingleOrDefault(a => a.NameColon?.Name.Identifier.Text == "code")
                    ?? (code.Position < arguments.Count && arguments[code.Position].NameColon is null ? arguments[code.Position] : null);
        if (given is null) return (string)code.DefaultValue!;
        return given.Expression is LiteralExpressionSyntax { Token.Value: string literal }
            ? literal
            : throw new InvalidOperationException($"{where}: the code '{given.Expression}' is not a string literal, so the catalogue cannot be checked against it.");
    }

    private static string LastName(string qualified) => qualified[(qualified.LastIndexOf('.') + 1)..];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerCopilot.sln"))) return dir.FullName;
        throw new InvalidOperationException("The tests run outside the repository: CareerCopilot.sln not found above " + AppContext.BaseDirectory);
    }
}
