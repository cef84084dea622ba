using System.Buffers.Text;
using System.Text.Json;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Users;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.Extensions.Logging;

namespace Auth.Infrastructure.Security.Passkeys;

/// <summary>
/// <see cref="IPasskeyCeremonies"/> on the Fido2 library (fido2-net-lib): options, attestation (<c>none</c>, packed and
/// the other formats it knows) and assertion verification against the relying party's id and origins. The signature
/// counter is handed to it as 0 so that it never judges the counter: the domain does (<see cref="Passkey.RecordSignIn"/>).
/// </summary>
internal sealed partial class Fido2PasskeyCeremonies(ILogger<Fido2PasskeyCeremonies> logger) : IPasskeyCeremonies
{
    public PasskeyOptions RegistrationOptions(PasskeyRelyingParty relyingParty, PasskeyUser user, IReadOnlyList<string> excludedCredentialIds)
    {
        ArgumentNullException.ThrowIfNull(user);
        var options = For(relyingParty).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = Base64Url.DecodeFromChars(user.Handle), Name = user.Name, DisplayName = user.DisplayName },
            ExcludeCredentials = Descriptors(excludedCredentialIds),
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Preferred,
                UserVerification = UserVerificationRequirement.Preferred,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        return new PasskeyOptions(options.ToJson(), Base64Url.EncodeToString(options.Challenge));
    }

    public PasskeyOptions SignInOptions(PasskeyRelyingParty relyingParty, IReadOnlyList<string> allowedCredentialIds)
    {
        var options = For(relyingParty).GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = Descriptors(allowedCredentialIds),
            UserVerification = UserVerificationRequirement.Preferred,
        });
        return new PasskeyOptions(options.ToJson(), Base64Url.EncodeToString(options.Challenge));
    }

    public CredentialClaims? Read(string credentialJson)
    {
        try
        {
            using var credential = JsonDocument.Parse(credentialJson);
            var root = credential.RootElement;
            var id = root.GetProperty("id").GetString();
            var response = root.GetProperty("response");
            var clientData = Base64Url.DecodeFromChars(response.GetProperty("clientDataJSON").GetString());
            using var client = JsonDocument.Parse(clientData);
            var challenge = client.RootElement.GetProperty("challenge").GetString();
            var userHandle = response.TryGetProperty("userHandle", out var handle) && handle.ValueKind == JsonValueKind.String ? handle.GetString() : null;
            return string.IsNullOrEmpty(id) || string.IsNullOrEmpty(challenge) || id.Length > Passkey.MaxCredentialIdLength
                ? null
                : new CredentialClaims(id, challenge, userHandle);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public async Task<RegisteredPasskey?> VerifyRegistrationAsync(
        PasskeyRelyingParty relyingParty, string options, string credentialJson, CancellationToken cancellationToken)
    {
        try
        {
            var original = CredentialCreateOptions.FromJson(options);
            var response = JsonSerializer.Deserialize<AuthenticatorAttestationRawResponse>(credentialJson)
                ?? throw new JsonException("No credential.");
            var made = await For(relyingParty).MakeNewCredentialAsync(
                new MakeNewCredentialParams
                {
                    AttestationResponse = response,
                    OriginalOptions = original,
                    IsCredentialIdUniqueToUserCallback = (_, _) => Task.FromResult(true),
                },
                cancellationToken).ConfigureAwait(false);
            var credential = new VerifiedCredential(
                Base64Url.EncodeToString(made.Id),
                made.PublicKey,
                made.SignCount,
                (made.Transports ?? []).Select(TransportName).ToList(),
                made.AaGuid,
                made.IsBackupEligible,
                made.IsBackedUp);
            return new RegisteredPasskey(credential, Base64Url.EncodeToString(original.User.Id));
        }
        catch (Exception exception) when (exception is Fido2VerificationException or JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            LogRefused(logger, "registration", exception.Message);
            return null;
        }
    }

    public async Task<VerifiedAssertion?> VerifyAssertionAsync(
        PasskeyRelyingParty relyingParty, string options, string credentialJson, Passkey passkey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passkey);
        try
        {
            var response = JsonSerializer.Deserialize<AuthenticatorAssertionRawResponse>(credentialJson)
                ?? throw new JsonException("No credential.");
            var verified = await For(relyingParty).MakeAssertionAsync(
                new MakeAssertionParams
                {
                    AssertionResponse = response,
                    OriginalOptions = AssertionOptions.FromJson(options),
                    StoredPublicKey = passkey.PublicKey,
                    StoredSignatureCounter = 0,
                    IsUserHandleOwnerOfCredentialIdCallback = (owner, _) => Task.FromResult(
                        Base64Url.EncodeToString(owner.UserHandle) == passkey.UserHandle
                        && Base64Url.EncodeToString(owner.CredentialId) == passkey.CredentialId),
                },
                cancellationToken).ConfigureAwait(false);
            return new VerifiedAssertion(verified.SignCount, verified.IsBackedUp);
        }
        catch (Exception exception) when (exception is Fido2VerificationException or JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            LogRefused(logger, "sign-in", exception.Message);
            return null;
        }
    }

    private static Fido2 For(PasskeyRelyingParty relyingParty)
    {
        ArgumentNullException.ThrowIfNull(relyingParty);
        return new Fido2(new Fido2Configuration
        {
            RPID = relyingParty.Id,
            RPName = relyingParty.Name,
            Origins = relyingParty.Origins.ToHashSet(StringComparer.Ordinal),
        });
    }

    private static List<PublicKeyCredentialDescriptor> Descriptors(IEnumerable<string> credentialIds) =>
        credentialIds.Select(id => new PublicKeyCredentialDescriptor(Base64Url.DecodeFromChars(id))).ToList();

    private static string TransportName(AuthenticatorTransport transport) =>
        JsonSerializer.Serialize(transport).Trim('"');

    [LoggerMessage(Level = LogLevel.Information, Message = "A passkey {Ceremony} was refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string ceremony, string reason);
}
