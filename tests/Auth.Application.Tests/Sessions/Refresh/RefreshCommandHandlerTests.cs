using Auth.Application.Sessions;
using Auth.Application.Sessions.Refresh;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.Sessions.Refresh;

public sealed class RefreshCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task Refresh_WithAnUnknownToken_ReturnsRefreshTokenInvalid()
    {
        (await Handle("tok-does-not-exist")).ShouldFailWith(ErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Refresh_WithTheCurrentToken_ReturnsANewPairForTheSameSession()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var first = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.Clock.Advance(TimeSpan.FromMinutes(14));

        var second = (await Handle(first.RefreshToken)).ShouldSucceed();

        Assert.Equal(first.SessionId, second.SessionId);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal(900, second.ExpiresIn);
        Assert.Equal(_fx.Now + TimeSpan.FromDays(7), second.RefreshTokenExpiresAt);
        Assert.Equal(user.Id.Value, second.User.Id);
    }

    [Fact]
    public async Task Refresh_RotatesTheStoredTokenAndSlidesTheSession()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var first = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.Clock.Advance(TimeSpan.FromDays(1));

        var second = (await Handle(first.RefreshToken)).ShouldSucceed();

        var old = Assert.Single(_fx.AllRefreshTokens, t => t.TokenHash == _fx.OpaqueTokens.Hash(first.RefreshToken));
        Assert.True(old.IsRevoked);
        Assert.Equal(_fx.OpaqueTokens.Hash(second.RefreshToken), old.ReplacedByTokenHash);
        var current = Assert.Single(_fx.AllRefreshTokens, t => t.TokenHash == _fx.OpaqueTokens.Hash(second.RefreshToken));
        Assert.True(current.IsUsableAt(_fx.Now));
        var session = _fx.SessionOf(first);
        Assert.Equal(_fx.Now, session.LastUsedAt);
        Assert.Equal(_fx.Now + TimeSpan.FromDays(7), session.ExpiresAt);
    }

    [Fact]
    public async Task Refresh_WithTheNewToken_WorksAgain()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var first = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.Clock.Advance(TimeSpan.FromMinutes(15));
        var second = (await Handle(first.RefreshToken)).ShouldSucceed();
        _fx.Clock.Advance(TimeSpan.FromMinutes(15));

        var third = (await Handle(second.RefreshToken)).ShouldSucceed();

        Assert.Equal(first.SessionId, third.SessionId);
    }

    [Fact]
    public async Task Refresh_WithAnAlreadyRotatedToken_ReturnsRefreshTokenReusedAndRevokesTheSessionAndAllItsTokens()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var stolen = await _fx.GivenSignedInWithTokensAsync(user);
        var otherDevice = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.Clock.Advance(TimeSpan.FromMinutes(15));
        var legitimate = (await Handle(stolen.RefreshToken)).ShouldSucceed();
        _fx.Clock.Advance(TimeSpan.FromMinutes(1));

        (await Handle(stolen.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenReused);

        var session = _fx.SessionOf(stolen);
        Assert.False(session.IsActive);
        Assert.Equal(SessionRevocationReason.RefreshTokenReused, session.RevocationReason);
        Assert.False(_fx.Sessions.Get(stolen.SessionId).IsActive);
        (await Handle(legitimate.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenInvalid);
        Assert.True(_fx.SessionOf(otherDevice).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task Refresh_WithARotatedTokenInTheSameInstant_AndNoGrace_StillRevokesTheSession()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var stolen = await _fx.GivenSignedInWithTokensAsync(user);
        (await Handle(stolen.RefreshToken)).ShouldSucceed();

        (await Handle(stolen.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenReused);

        Assert.False(_fx.SessionOf(stolen).IsActive);
    }

    [Fact]
    public async Task Refresh_WithinTheConfiguredReuseGrace_RefusesWithoutRevokingTheSession()
    {
        var fx = new HandlerFixture(new Abstractions.AuthSettings
        {
            RefreshToken = new Domain.Policies.RefreshTokenPolicy(TimeSpan.FromDays(7), TimeSpan.FromSeconds(30)),
        });
        var user = fx.Given(UserBuilder.Verified());
        var first = await fx.GivenSignedInWithTokensAsync(user);
        (await Handle(fx, first.RefreshToken)).ShouldSucceed();
        fx.Clock.Advance(TimeSpan.FromSeconds(10));

        (await Handle(fx, first.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenInvalid);

        Assert.True(fx.SessionOf(first).IsActiveAt(fx.Now));
    }

    [Fact]
    public async Task Refresh_AfterTheTokenExpired_ReturnsRefreshTokenInvalid()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.Clock.Advance(TimeSpan.FromDays(7));

        (await Handle(tokens.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Refresh_AfterSignOut_ReturnsRefreshTokenInvalid()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.SessionOf(tokens).Revoke(SessionRevocationReason.SignedOut, _fx.Now);

        (await Handle(tokens.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Refresh_NeverOutlivesTheSessionsAbsoluteLifetime()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);
        for (var day = 0; day < 29; day++)
        {
            _fx.Clock.Advance(TimeSpan.FromDays(1));
            tokens = (await Handle(tokens.RefreshToken)).ShouldSucceed();
        }

        Assert.Equal(HandlerFixture.Start + TimeSpan.FromDays(30), tokens.RefreshTokenExpiresAt);
        _fx.Clock.Advance(TimeSpan.FromDays(1));
        (await Handle(tokens.RefreshToken)).ShouldFailWith(ErrorCodes.RefreshTokenInvalid);
    }

    private Task<Result<TokenPair>> Handle(string refreshToken) => Handle(_fx, refreshToken);

    private static async Task<Result<TokenPair>> Handle(HandlerFixture fx, string refreshToken) =>
        await new RefreshCommandHandler(fx.Sessions, fx.OpaqueTokens, fx.SessionStarter, fx.Settings, fx.Clock)
            .Handle(new RefreshCommand(refreshToken), HandlerFixture.Ct);
}
