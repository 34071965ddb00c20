using System.Runtime.CompilerServices;
using System.Text;

namespace CareerCopilot.Web.Hosting;

/// <summary>
/// The legacy code pages (windows-1252, windows-1251, Shift_JIS, ...) that web pages, emails and spreadsheets still
/// arrive in, available from the moment the app's code loads, whichever part reads text first.
/// </summary>
internal static class Encodings
{
    [ModuleInitializer]
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
