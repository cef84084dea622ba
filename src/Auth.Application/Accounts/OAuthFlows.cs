using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Auth.Application.Abstractions.OAuth;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.Accounts.StartOAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Accounts;

/// <summary>
/// The single-use secrets of a provider sign-in, kept in <see cref="IVerificationStore"/> under their SHA-256 only:
/// the <c>state</c> (bound to the provider and to the browser that started the flow) and the one-time code the app
/// exchanges for tokens. Each is taken with one atomic delete, so a replay finds nothing.
/// </summary>
public sealed class OAuthFlows(IVerificationStore store, IOpaqueTokenGenerator random, OAuthSettings settings)
{
    public const string ExchangeCodeIdentifier = "oauth-code";

    private const string HostedPagesSource = "pages";

    public static string StateIdentifier(AuthProvider provider) => $"oauth-state:{provider.ToWireName()}";

    /// <summary>Begins a flow at <paramref name="provider"/> and says where to send the browser.</summary>
    /// <param name="browserBinding">
    /// The binding cookie the browser already holds (several sign-ins may run in one browser), or null for a new one.
    /// </param>
    /// <param name="linkTo">The signed-in user who links the provider, or null for a sign-in.</param>
    public async Task<OAuthAuthorization> AuthorizeAsync(
        IOAuthProvider provider, string redirectUri, string? appState, Uri callbackUri, string? browserBinding, UserId? linkTo, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(callbackUri);
        await store.DeleteExpiredAsync(now, cancellationToken);

        var state = random.Generate();
        var binding = IsWellFormed(browserBinding) ? browserBinding! : random.Generate().Value;
        var start = new OAuthFlowStart(state.Value, random.Generate().Value, random.Generate().Value, binding, now + settings.StateLifetime);
        var flow = new OAuthFlowState(
            provider.Provider.ToWireName(), redirectUri, appState, callbackUri.AbsoluteUri, start.CodeVerifier, start.Nonce, random.Hash(binding), linkTo?.Value);
        store.Add(new VerificationEntry(StateIdentifier(provider.Provider), state.Hash, flow.Serialize(), now, start.ExpiresAt));

        var uri = provider.BuildAuthorizationUri(new OAuthAuthorizationRequest(callbackUri, start.State, Pkce.Challenge(start.CodeVerifier), start.Nonce));
        return new OAuthAuthorization(uri, start.BrowserBinding, start.ExpiresAt - now);
    }

    /// <summary>Takes the flow of this state, once; refuses a state of another provider, an expired one, or one started in another browser.</summary>
    public async Task<Result<OAuthFlowState>> ConsumeStateAsync(
        AuthProvider provider, string? state, string? browserBinding, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(state)) return AccountErrors.StateInvalid;
        var entry = await store.ConsumeAsync(StateIdentifier(provider), random.Hash(state!), now, cancellationToken);
        if (entry is null || OAuthFlowState.Deserialize(entry.Payload) is not { } flow) return AccountErrors.StateInvalid;
        if (!IsWellFormed(browserBinding) || !HashesEqual(random.Hash(browserBinding!), flow.BrowserBindingHash)) return AccountErrors.StateInvalid;
        return flow;
    }

    /// <summary>Stages a one-time code for the app after a provider sign-in, valid for <see cref="OAuthSettings.ExchangeCodeLifetime"/>; returns its value.</summary>
    public string IssueExchangeCode(UserId userId, AuthProvider provider, DateTimeOffset now) =>
        Issue(new ExchangeCodePayload(userId.Value, provider.ToWireName(), FromHostedPages: false), now);

    /// <summary>Stages a one-time code for the app a person just signed in for on the hosted pages (every step done there).</summary>
    public string IssueHostedPagesCode(UserId userId, DateTimeOffset now) =>
        Issue(new ExchangeCodePayload(userId.Value, HostedPagesSource, FromHostedPages: true), now);

    /// <summary>Takes the code, once; null when it is unknown, expired or already used.</summary>
    public async Task<ExchangeCodeGrant?> ConsumeExchangeCodeAsync(string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(code)) return null;
        var entry = await store.ConsumeAsync(ExchangeCodeIdentifier, random.Hash(code), now, cancellationToken);
        if (entry is null) return null;
        try
        {
            return JsonSerializer.Deserialize<ExchangeCodePayload>(entry.Payload) is { UserId: var id } payload && id != Guid.Empty
                ? new ExchangeCodeGrant(new UserId(id), payload.FromHostedPages)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Issue(ExchangeCodePayload payload, DateTimeOffset now)
    {
        var code = random.Generate();
        store.Add(new VerificationEntry(ExchangeCodeIdentifier, code.Hash, JsonSerializer.Serialize(payload), now, now + settings.ExchangeCodeLifetime));
        return code.Value;
    }

    /// <summary>Our own tokens are at most 256 base64url characters; anything else cannot be one, so it costs no lookup.</summary>
    private static bool IsWellFormed(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= 256 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool HashesEqual(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    /// <summary><see cref="FromHostedPages"/> is absent (false) in codes staged before the hosted pages existed.</summary>
    private sealed record ExchangeCodePayload(Guid UserId, string Provider, bool FromHostedPages);
}
