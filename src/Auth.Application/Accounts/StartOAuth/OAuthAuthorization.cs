namespace Auth.Application.Accounts.StartOAuth;

/// <summary>Where to send the browser (the provider's consent page), and the binding cookie it must carry back to the callback.</summary>
public sealed record OAuthAuthorization(Uri AuthorizationUri, string BrowserBinding, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"OAuthAuthorization {{ AuthorizationUri = ***, BrowserBinding = ***, ExpiresAt = {ExpiresAt:O} }}";
}
