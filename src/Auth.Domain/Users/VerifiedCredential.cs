namespace Auth.Domain.Users;

/// <summary>What a verified registration hands over: the credential as its authenticator made it.</summary>
public sealed record VerifiedCredential(
    string CredentialId, byte[] PublicKey, long SignCount, IReadOnlyList<string> Transports, Guid Aaguid, bool BackupEligible, bool BackedUp);
