namespace Auth.Application.Abstractions.OAuth;

/// <summary>The code the provider sent back, with what the token request and the ID-token check need from the flow's start.</summary>
public sealed record OAuthCodeRedemption(string Code, Uri CallbackUri, string CodeVerifier, string Nonce)
{
    public override string ToString() => $"OAuthCodeRedemption {{ Code = ***, CallbackUri = {CallbackUri}, CodeVerifier = ***, Nonce = *** }}";
}
