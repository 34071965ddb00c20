namespace CareerCopilot.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere (htmx runs with allowEval off); data: images are Bootstrap's icons.</summary>
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .RemoveServerHeader();
}
