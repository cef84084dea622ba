namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>A provider's authorize endpoint with the request's parameters appended, keeping any it already has.</summary>
internal static class AuthorizationUri
{
    public static Uri Build(string endpoint, IEnumerable<(string Name, string? Value)> parameters)
    {
        var query = string.Join('&', parameters
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri(endpoint + separator + query, UriKind.Absolute);
    }
}
