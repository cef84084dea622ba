namespace Auth.Api.Sessions;

/// <summary>
/// The first step succeeded and a second is needed: present <c>challenge</c> with a code of one of <c>methods</c> to
/// <c>POST /auth/sign-in/two-factor</c> before <c>expiresAt</c>.
/// </summary>
internal sealed record TwoFactorRequiredResponse(bool TwoFactorRequired, string Challenge, IReadOnlyList<string> Methods, DateTimeOffset ExpiresAt);
