using Microsoft.AspNetCore.WebUtilities;

namespace Auth.Api.Tests.TestSupport.OAuth;

/// <summary>Where the service sent the browser at the end: the app's redirect URI with a one-time code or an error.</summary>
public sealed record AppRedirect(Uri Location)
{
    private Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query => QueryHelpers.ParseQuery(Location.Query);

    public string? Code => Value("code");

    public string? Error => Value("error");

    public string? State => Value("state");

    public string WithoutQuery => Location.GetLeftPart(UriPartial.Path);

    public string? Value(string name) => Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
