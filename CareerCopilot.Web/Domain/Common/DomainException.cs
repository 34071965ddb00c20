namespace CareerCopilot.Web.Domain.Common;

/// <summary>A rule of the product refused a request; both doors translate it (problem details or a message beside the field).</summary>
public abstract class DomainException(string code, string message) : Exception(message)
{
    /// <summary>A stable lower-snake code, the API's <c>error_code</c>.</summary>
    public string Code { get; } = code;
}

/// <summary>One or more fields are invalid; keys are the API's field names (a property name is spelled that way).</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, string code = "validation_failed")
    : DomainException(code, string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message, string code = "validation_failed") =>
        new(new Dictionary<string, string[]> { [SnakeCase.Convert(field)] = [message] }, code);
}

/// <summary>The row does not exist or belongs to someone else: the two are indistinguishable on purpose.</summary>
public sealed class NotFoundException(string what) : DomainException("not_found", $"{what} was not found.");

/// <summary>The request clashes with existing state (a duplicate, or a move the rules forbid).</summary>
public sealed class ConflictException(string code, string message) : DomainException(code, message);

/// <summary>The same request again too soon; <see cref="RetryAfter"/> says when it will be taken.</summary>
public sealed class TooSoonException(string message, TimeSpan retryAfter) : DomainException("rate_limited", message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
