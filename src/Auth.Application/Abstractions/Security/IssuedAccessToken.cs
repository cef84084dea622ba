namespace Auth.Application.Abstractions.Security;

public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"IssuedAccessToken {{ Token = ***, ExpiresAt = {ExpiresAt:O} }}";
}
