using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Auth.Api.Tests.TestSupport;

/// <summary>
/// A WebAuthn authenticator in software, as a browser and a platform authenticator would answer together: an EC P-256
/// key, a <c>none</c> attestation in CBOR, and ES256 assertions over the authenticator data and the client data hash.
/// Each answer can be bent (another origin, another RP id, no user presence, a counter, a tampered client data, a bad
/// signature) to check that the service refuses it.
/// </summary>
internal sealed class SoftwareAuthenticator : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] _credentialId = RandomNumberGenerator.GetBytes(32);
    private string? _userHandle;

    public SoftwareAuthenticator(string rpId = "localhost", string origin = "http://localhost")
    {
        RpId = rpId;
        Origin = origin;
    }

    public string RpId { get; }

    public string Origin { get; }

    public uint Counter { get; set; }

    public string CredentialId => Base64Url.EncodeToString(_credentialId);

    /// <summary>Answers creation options with a new credential (PublicKeyCredential.toJSON()).</summary>
    public JsonObject Register(JsonNode options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _userHandle = options["user"]!["id"]!.GetValue<string>();
        var clientData = ClientData("webauthn.create", options["challenge"]!.GetValue<string>(), Origin);
        var authenticatorData = AuthenticatorData(RpId, UserPresent | UserVerified | AttestedCredentialData, Counter, withCredential: true);

        var attestation = new CborWriter();
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString(authenticatorData);
        attestation.WriteEndMap();

        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Answers request options with an assertion, the counter one higher than the last unless told otherwise.</summary>
    public JsonObject Assert(JsonNode options, Bend? bend = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        bend ??= new Bend();
        Counter = bend.Counter ?? Counter + 1;
        var clientData = ClientData("webauthn.get", bend.Challenge ?? options["challenge"]!.GetValue<string>(), bend.Origin ?? Origin);
        var flags = bend.WithoutUserPresence ? UserVerified : (byte)(UserPresent | UserVerified);
        var authenticatorData = AuthenticatorData(bend.RpId ?? RpId, flags, Counter, withCredential: false);
        var signed = authenticatorData.Concat(SHA256.HashData(clientData)).ToArray();
        var signature = _key.SignData(bend.BadSignature ? signed.Reverse().ToArray() : signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        if (bend.TamperClientData) clientData = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(clientData).Replace("}", ",\"extra\":1}", StringComparison.Ordinal));

        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = _userHandle,
        });
    }

    public void Dispose() => _key.Dispose();

    /// <summary>PublicKeyCredential.toJSON() around an authenticator response.</summary>
    private JsonObject Credential(JsonObject response) => new()
    {
        ["id"] = CredentialId,
        ["rawId"] = CredentialId,
        ["type"] = "public-key",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    };

    private static byte[] ClientData(string type, string challenge, string origin) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["type"] = type, ["challenge"] = challenge, ["origin"] = origin, ["crossOrigin"] = false }.ToJsonString());

    private byte[] AuthenticatorData(string rpId, byte flags, uint counter, bool withCredential)
    {
        var data = new List<byte>(SHA256.HashData(Encoding.UTF8.GetBytes(rpId))) { flags };
        data.AddRange(BigEndian(counter));
        if (!withCredential) return data.ToArray();

        data.AddRange(new byte[16]); // AAGUID: none
        data.Add((byte)(_credentialId.Length >> 8));
        data.Add((byte)_credentialId.Length);
        data.AddRange(_credentialId);
        data.AddRange(CosePublicKey());
        return data.ToArray();
    }

    private byte[] CosePublicKey()
    {
        var point = _key.ExportParameters(includePrivateParameters: false).Q;
        var cose = new CborWriter();
        cose.WriteStartMap(5);
        cose.WriteInt32(1);
        cose.WriteInt32(2); // kty: EC2
        cose.WriteInt32(3);
        cose.WriteInt32(-7); // alg: ES256
        cose.WriteInt32(-1);
        cose.WriteInt32(1); // crv: P-256
        cose.WriteInt32(-2);
        cose.WriteByteString(point.X!);
        cose.WriteInt32(-3);
        cose.WriteByteString(point.Y!);
        cose.WriteEndMap();
        return cose.Encode();
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    /// <summary>How to bend an assertion away from what a genuine authenticator on the right site would send.</summary>
    internal sealed record Bend(
        string? Origin = null,
        string? RpId = null,
        string? Challenge = null,
        uint? Counter = null,
        bool WithoutUserPresence = false,
        bool TamperClientData = false,
        bool BadSignature = false);
}
