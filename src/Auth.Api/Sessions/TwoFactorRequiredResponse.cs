namespace Auth.Api.Sessions;

internal sealed record TwoFactorRequiredResponse(bool TwoFactorRequired);
