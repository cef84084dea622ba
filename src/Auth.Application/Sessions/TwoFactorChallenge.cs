namespace Auth.Application.Sessions;

/// <summary>
/// What a first step that needs a second one hands back: the opaque challenge to present with the code, the methods
/// that may prove it (<c>totp</c>, <c>recovery</c>, <c>email</c>), and when the challenge expires.
/// </summary>
public sealed record TwoFactorChallenge(string Challenge, IReadOnlyList<string> Methods, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"TwoFactorChallenge {{ Challenge = ***, Methods = [{string.Join(", ", Methods)}] }}";
}
