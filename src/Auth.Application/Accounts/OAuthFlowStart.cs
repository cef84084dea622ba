namespace Auth.Application.Accounts;

/// <summary>A sign-in flow just begun: the values that leave the service (state, nonce, browser binding) and the PKCE verifier.</summary>
public sealed record OAuthFlowStart(string State, string CodeVerifier, string Nonce, string BrowserBinding, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"OAuthFlowStart {{ State = ***, CodeVerifier = ***, Nonce = ***, BrowserBinding = ***, ExpiresAt = {ExpiresAt:O} }}";
}
