using Auth.Application.Abstractions.Security;
using Auth.Application.Sessions.AuthenticateSessionToken;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Sessions.AuthenticateSessionToken;

public sealed class AuthenticateSessionTokenQueryHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task AuthenticateSessionToken_WithALiveSession_ReturnsWhoItSpeaksFor()
    {
        var user = _fx.Given(UserBuilder.Verified().Admin());
        var grant = await _fx.GivenSignedInWithSessionTokenAsync(user);

        var subject = (await Handle(grant.SessionToken)).ShouldSucceed();

        Assert.Equal(new AccessTokenSubject(user.Id, new SessionId(grant.SessionId), UserBuilder.DefaultEmail, Role.Admin, true), subject);
    }

    [Fact]
    public async Task AuthenticateSessionToken_AfterAFewMinutes_RecordsTheUseAndSlidesTheSession()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var grant = await _fx.GivenSignedInWithSessionTokenAsync(user);
        _fx.Clock.Advance(TimeSpan.FromMinutes(5));

        (await Handle(grant.SessionToken)).ShouldSucceed();

        var use = Assert.Single(_fx.Sessions.RecordedUses);
        Assert.Equal(new SessionUse(new SessionId(grant.SessionId), _fx.Now, _fx.Now + TimeSpan.FromDays(7), _fx.Now - TimeSpan.FromMinutes(1)), use);
    }

    [Fact]
    public async Task AuthenticateSessionToken_WithinAMinuteOfTheLastRecordedUse_RecordsNothing()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var grant = await _fx.GivenSignedInWithSessionTokenAsync(user);
        _fx.Clock.Advance(TimeSpan.FromSeconds(59));

        (await Handle(grant.SessionToken)).ShouldSucceed();

        Assert.Empty(_fx.Sessions.RecordedUses);
    }

    [Fact]
    public async Task AuthenticateSessionToken_OfARevokedSession_ReturnsUnauthorized()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var grant = await _fx.GivenSignedInWithSessionTokenAsync(user);
        _fx.SessionOf(grant).Revoke(SessionRevocationReason.SignedOut, _fx.Now);

        (await Handle(grant.SessionToken)).ShouldFailWith(ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task AuthenticateSessionToken_OfAnExpiredSession_ReturnsUnauthorized()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var grant = await _fx.GivenSignedInWithSessionTokenAsync(user);
        _fx.Clock.Advance(TimeSpan.FromDays(7));

        (await Handle(grant.SessionToken)).ShouldFailWith(ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task AuthenticateSessionToken_WithAnUnknownToken_ReturnsUnauthorized()
    {
        (await Handle("tok-never-issued")).ShouldFailWith(ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task AuthenticateSessionToken_OfADeletedUser_ReturnsUnauthorized()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var grant = await _fx.GivenSignedInWithSessionTokenAsync(user);
        user.SoftDelete(_fx.Now, _fx.Settings.Reactivation);

        (await Handle(grant.SessionToken)).ShouldFailWith(ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task AuthenticateSessionToken_WithARefreshToken_ReturnsUnauthorized()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(tokens.RefreshToken)).ShouldFailWith(ErrorCodes.Unauthorized);
    }

    private async Task<Result<AccessTokenSubject>> Handle(string token) =>
        await new AuthenticateSessionTokenQueryHandler(_fx.Sessions, _fx.Sessions, _fx.OpaqueTokens, _fx.Settings, _fx.Clock)
            .Handle(new AuthenticateSessionTokenQuery(token), HandlerFixture.Ct);
}
