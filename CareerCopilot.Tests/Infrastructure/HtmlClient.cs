using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>Drives pages as a browser would: parse with AngleSharp, submit real forms (antiforgery included).</summary>
public static class HtmlClient
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (IHtmlDocument)await Context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IHtmlDocument> ParseFragmentAsync(string html) =>
        (IHtmlDocument)await Context.OpenAsync(r => r.Content(html));

    public static IHtmlFormElement Form(this IHtmlDocument document, string? selector = null) =>
        (IHtmlFormElement)(document.QuerySelector(selector ?? "main form[method=post]")
                           ?? throw new InvalidOperationException($"No form {selector} on the page"));

    public static string AntiforgeryToken(this IHtmlDocument document) =>
        document.QuerySelector("meta[name=antiforgery-token]")?.GetAttribute("content")
        ?? throw new InvalidOperationException("No antiforgery token on the page");

    /// <summary>Submits the form's own fields (hidden token included) with some values changed.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, Dictionary<string, string> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        fields.AddRange(values);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : form.BaseUri;
        return client.PostAsync(new Uri(new Uri(form.BaseUri), action), new FormUrlEncodedContent(fields));
    }

    /// <summary>What htmx sends: the HX-Request header and the antiforgery token as a header.</summary>
    public static Task<HttpResponseMessage> HtmxPostAsync(this HttpClient client, string url, string token,
        Dictionary<string, string>? form = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form ?? []) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> HtmxGetAsync(this HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        return client.SendAsync(request);
    }
}
