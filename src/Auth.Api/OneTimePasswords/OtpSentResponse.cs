namespace Auth.Api.OneTimePasswords;

internal sealed record OtpSentResponse(DateTimeOffset NextResendAllowedAt);
