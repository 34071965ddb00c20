namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>
/// Every absolute address one digest links to. A job link opens the job's page (sign-in first if needed), where one click
/// starts the application: mail scanners follow links, so no link in a mail changes anything.
/// </summary>
public sealed record DigestLinks(string Home, string Jobs, string Board, string Settings, string Unsubscribe, string JobTemplate)
{
    public const string IdMarker = "{id}";

    public string Job(int id) => JobTemplate.Replace(IdMarker, id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
