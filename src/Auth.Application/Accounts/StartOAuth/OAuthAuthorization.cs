namespace Auth.Application.Accounts.StartOAuth;

/// <summary>
/// Where to send the browser (the provider's consent page), and the binding cookie it must carry back to the callback.
/// <see cref="Lifetime"/> is how long the flow stays open on the service's clock; the cookie carries it as a relative
/// <c>Max-Age</c>, so a browser whose clock disagrees with the service's still keeps the binding for the whole flow.
/// </summary>
public sealed record OAuthAuthorization(Uri AuthorizationUri, string BrowserBinding, TimeSpan Lifetime)
{
    public override string ToString() => $"OAuthAuthorization {{ AuthorizationUri = ***, BrowserBinding = ***, Lifetime = {Lifetime} }}";
}
