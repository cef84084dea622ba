namespace Auth.Application.Users;

/// <summary>Recovery codes in clear, shown once; only their hashes are kept.</summary>
public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes)
{
    public override string ToString() => $"RecoveryCodesDto {{ RecoveryCodes = [{RecoveryCodes.Count} × ***] }}";
}
