namespace Auth.Application.Users;

/// <summary>
/// The strong second factors of a user: whether the authenticator app is on, how many recovery codes are left, and how
/// many passkeys are registered. (<c>twoFactorEnabled</c> beside it is the emailed-code second step.)
/// </summary>
public sealed record TwoFactorDto(bool Totp, int RecoveryCodesLeft, int Passkeys);
