using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class JwtAccessTokenIssuerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly InMemoryKeyMaterialStore _store = new();
    private readonly JwtTestInstance _jwt;

    public JwtAccessTokenIssuerTests() => _jwt = new JwtTestInstance(_store, _time);

    [Fact]
    public async Task AnIssuedToken_ValidatesBackToTheUserAndSession()
    {
        var user = UserBuilder.Verified().Build(TestTime.Epoch);
        var sessionId = SessionId.New(_time.GetUtcNow());

        var subject = await _jwt.ValidateAsync(await _jwt.IssueAsync(user, sessionId));

        Assert.NotNull(subject);
        Assert.Equal(user.Id, subject.UserId);
        Assert.Equal(sessionId, subject.SessionId);
        Assert.Equal("ada@example.com", subject.Email);
        Assert.Equal(Role.User, subject.Role);
        Assert.True(subject.EmailVerified);
    }

    [Fact]
    public async Task AnIssuedToken_CarriesEveryClaimOfTheContract_AndItsKeyIdInTheHeader()
    {
        var user = UserBuilder.Verified().Build(TestTime.Epoch);
        var sessionId = SessionId.New(_time.GetUtcNow());
        var now = _time.GetUtcNow().ToUnixTimeSeconds();

        var token = JwtParts.Parse(await _jwt.IssueAsync(user, sessionId));

        Assert.Equal("ES256", (string?)token.Header["alg"]);
        Assert.Equal(Assert.Single(_store.SigningKeys).KeyId, (string?)token.Header["kid"]);
        Assert.Equal(user.Id.Value.ToString(), (string?)token.Payload["sub"]);
        Assert.Equal(sessionId.Value.ToString(), (string?)token.Payload["sid"]);
        Assert.Equal("ada@example.com", (string?)token.Payload["email"]);
        Assert.Equal("user", (string?)token.Payload["role"]);
        Assert.True((bool?)token.Payload["email_verified"]);
        Assert.True(Guid.TryParse((string?)token.Payload["jti"], out _));
        Assert.Equal(now, (long?)token.Payload["iat"]);
        Assert.Equal(now + 15 * 60, (long?)token.Payload["exp"]);
        Assert.Equal("auth", (string?)token.Payload["iss"]);
        Assert.Equal("auth-api", (string?)token.Payload["aud"]);
    }

    [Fact]
    public async Task AnAdministratorWithAnUnverifiedEmail_GetsThoseClaims()
    {
        var admin = UserBuilder.Unverified().WithRole(Role.Admin).Build(TestTime.Epoch);

        var token = await _jwt.IssueAsync(admin);

        Assert.Equal("admin", (string?)JwtParts.Parse(token).Payload["role"]);
        var subject = await _jwt.ValidateAsync(token);
        Assert.NotNull(subject);
        Assert.Equal(Role.Admin, subject.Role);
        Assert.False(subject.EmailVerified);
    }

    [Fact]
    public async Task EveryToken_HasItsOwnTokenId()
    {
        var first = JwtParts.Parse(await _jwt.IssueAsync());
        var second = JwtParts.Parse(await _jwt.IssueAsync());

        Assert.NotEqual((string?)first.Payload["jti"], (string?)second.Payload["jti"]);
    }

    [Fact]
    public async Task TheReportedExpiry_IsFifteenMinutesAfterIssue_AsInTheToken()
    {
        var now = _time.GetUtcNow().AddMilliseconds(250);

        var issued = await _jwt.Issuer.IssueAsync(UserBuilder.Verified().Build(TestTime.Epoch), SessionId.New(now), now, CancellationToken.None);

        Assert.Equal(TestTime.Epoch.AddMinutes(15), issued.ExpiresAt);
        Assert.Equal(issued.ExpiresAt.ToUnixTimeSeconds(), (long?)JwtParts.Parse(issued.Token).Payload["exp"]);
        Assert.DoesNotContain(issued.Token, issued.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _jwt.Dispose();
}
