namespace Auth.Application.Tests.TestSupport;

/// <summary>The query of a redirect, decoded (the Application tests have no ASP.NET Core to do it).</summary>
public static class QueryString
{
    public static IReadOnlyDictionary<string, string> Parse(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var query = uri.OriginalString.Contains('?', StringComparison.Ordinal) ? uri.OriginalString.Split('?', 2)[1].Split('#')[0] : "";
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "");
    }
}
