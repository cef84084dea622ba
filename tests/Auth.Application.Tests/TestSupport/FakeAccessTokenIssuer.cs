using Auth.Application.Abstractions.Security;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Unsigned stand-in: names the user and session it was issued for, and lives the contract's 15 minutes.</summary>
public sealed class FakeAccessTokenIssuer : IAccessTokenIssuer
{
    private int _issued;

    public ValueTask<IssuedAccessToken> IssueAsync(User user, SessionId sessionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new IssuedAccessToken($"access.{user.Id}.{sessionId}.{++_issued}", now + AuthDefaults.AccessTokenLifetime));
}
