using System.Text.Json;
using System.Text.Json.Serialization;

namespace Auth.Application.Accounts;

/// <summary>
/// What the service remembers between sending the browser to the provider and its return, stored under the hash of
/// the <c>state</c>: where the app wants the browser back, the app's own state, our callback (the token request must
/// repeat it), the PKCE verifier, the OIDC nonce, the hash of the browser-binding cookie, and, when a signed-in person
/// links the provider from their account page, who they are (<see cref="LinkUserId"/>; the browser then goes back to
/// that page instead of an app).
/// </summary>
public sealed record OAuthFlowState(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("redirectUri")] string RedirectUri,
    [property: JsonPropertyName("appState")] string? AppState,
    [property: JsonPropertyName("callbackUri")] string CallbackUri,
    [property: JsonPropertyName("codeVerifier")] string CodeVerifier,
    [property: JsonPropertyName("nonce")] string Nonce,
    [property: JsonPropertyName("browserBindingHash")] string BrowserBindingHash,
    [property: JsonPropertyName("linkUserId")] Guid? LinkUserId = null)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    /// <returns>The state, or null when the payload is not one (an entry written by another version, or damaged).</returns>
    public static OAuthFlowState? Deserialize(string payload)
    {
        try
        {
            var state = JsonSerializer.Deserialize<OAuthFlowState>(payload);
            return state is { Provider: not null, RedirectUri: not null, CallbackUri: not null, CodeVerifier: not null, Nonce: not null, BrowserBindingHash: not null }
                ? state
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        $"OAuthFlowState {{ Provider = {Provider}, RedirectUri = {RedirectUri}, CallbackUri = {CallbackUri}, CodeVerifier = ***, Nonce = *** }}";
}
