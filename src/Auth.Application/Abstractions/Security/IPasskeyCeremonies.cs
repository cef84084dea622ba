using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Security;

/// <summary>
/// The WebAuthn protocol, done by a maintained library: options for the browser, and verification of what the
/// authenticator answered (origin, RP id hash, challenge, flags, attestation, signature). Credentials and options travel
/// as the JSON of the WebAuthn Level 3 <c>toJSON()</c> forms. The rules that remain (single use and expiry of the
/// challenge, the signature counter, the last way to sign in) are the domain's.
/// </summary>
public interface IPasskeyCeremonies
{
    PasskeyOptions RegistrationOptions(PasskeyRelyingParty relyingParty, PasskeyUser user, IReadOnlyList<string> excludedCredentialIds);

    PasskeyOptions SignInOptions(PasskeyRelyingParty relyingParty, IReadOnlyList<string> allowedCredentialIds);

    /// <summary>What a credential's JSON claims before it is verified: its id, the challenge its client data names, and the user handle of an assertion.</summary>
    CredentialClaims? Read(string credentialJson);

    /// <returns>The new credential and the user handle it was made for, or null when it does not verify against <paramref name="options"/>.</returns>
    Task<RegisteredPasskey?> VerifyRegistrationAsync(
        PasskeyRelyingParty relyingParty, string options, string credentialJson, CancellationToken cancellationToken);

    /// <returns>The counter and backup state the authenticator reported, or null when the assertion does not verify.</returns>
    Task<VerifiedAssertion?> VerifyAssertionAsync(
        PasskeyRelyingParty relyingParty, string options, string credentialJson, Passkey passkey, CancellationToken cancellationToken);
}

/// <summary>Who the relying party is: its id (a domain), its display name, and the origins a ceremony may come from.</summary>
public sealed record PasskeyRelyingParty(string Id, string Name, IReadOnlyList<string> Origins);

/// <summary>The user as the authenticator is told: an opaque handle (base64url), a name and a display name.</summary>
public sealed record PasskeyUser(string Handle, string Name, string DisplayName);

/// <summary>Options JSON for the browser, and the challenge they carry (base64url).</summary>
public sealed record PasskeyOptions(string Json, string Challenge);

public sealed record CredentialClaims(string CredentialId, string Challenge, string? UserHandle);

public sealed record RegisteredPasskey(VerifiedCredential Credential, string UserHandle);

public sealed record VerifiedAssertion(long SignCount, bool BackedUp);
