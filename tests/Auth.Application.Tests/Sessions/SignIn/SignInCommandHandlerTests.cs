using Auth.Application.Abstractions;
using Auth.Application.Sessions;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.Sessions.SignIn;

public sealed class SignInCommandHandlerTests
{
    private const string WrongPassword = "not my password";

    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SignIn_WithUnknownEmail_ReturnsInvalidCredentialsAfterHashingAsForAKnownOne()
    {
        (await Handle(SignIn("nobody@example.com", UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.InvalidCredentials);

        var verification = Assert.Single(_fx.Hasher.Verifications);
        Assert.Null(verification.Hash);
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ReturnsInvalidCredentialsAndCountsTheFailure()
    {
        var user = _fx.Given(UserBuilder.Verified());

        (await Handle(SignIn(UserBuilder.DefaultEmail, WrongPassword))).ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.Equal(1, user.FailedSignInCount);
        Assert.Null(user.LockedUntil);
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignIn_WhenFifthAttemptFails_LocksAccountFor24Hours()
    {
        var user = _fx.Given(UserBuilder.Verified().WithFailedSignIns(4));

        var error = (await Handle(SignIn(UserBuilder.DefaultEmail, WrongPassword))).ShouldFailWith(ErrorCodes.AccountLocked);

        Assert.Equal(_fx.Now + TimeSpan.FromHours(24), error.Detail<DateTimeOffset>("lockedUntil"));
        Assert.Equal(_fx.Now + TimeSpan.FromHours(24), user.LockedUntil);
    }

    [Fact]
    public async Task SignIn_WhenLocked_RefusesEvenTheRightPassword()
    {
        var user = _fx.Given(UserBuilder.Verified().LockedOut());
        _fx.Clock.Advance(TimeSpan.FromHours(23));

        var error = (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.AccountLocked);

        Assert.Equal(user.LockedUntil, error.Detail<DateTimeOffset>("lockedUntil"));
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignIn_AfterTheLockHasExpired_AcceptsTheRightPasswordAndResetsTheCount()
    {
        var user = _fx.Given(UserBuilder.Verified().LockedOut());
        _fx.Clock.Advance(TimeSpan.FromHours(24));

        (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.Equal(0, user.FailedSignInCount);
        Assert.Null(user.LockedUntil);
    }

    [Fact]
    public async Task SignIn_BeforeTheEmailIsVerified_ReturnsEmailNotVerified()
    {
        _fx.Given(UserBuilder.Unverified());

        (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.EmailNotVerified);

        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignIn_BeforeTheEmailIsVerified_WhenVerificationIsNotRequired_SignsIn()
    {
        var fx = new HandlerFixture(new AuthSettings { RequireVerifiedEmail = false });
        fx.Given(UserBuilder.Unverified());

        var outcome = (await Handle(fx, SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.NotNull(outcome.Tokens);
    }

    [Fact]
    public async Task SignIn_ToADeletedAccount_ReturnsAccountDeletedWithTheReactivationTime()
    {
        var user = _fx.Given(UserBuilder.Verified().Deleted());

        var error = (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.AccountDeleted);

        Assert.Equal(user.ReactivateAvailableAt, error.Detail<DateTimeOffset>("reactivateAvailableAt"));
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignIn_ToADeletedAccountWithAWrongPassword_ReturnsInvalidCredentials()
    {
        _fx.Given(UserBuilder.Verified().Deleted());

        (await Handle(SignIn(UserBuilder.DefaultEmail, WrongPassword))).ShouldFailWith(ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task SignIn_InTokenMode_ReturnsTokensAndStoresTheSessionAndItsRefreshToken()
    {
        var user = _fx.Given(UserBuilder.Verified().WithFailedSignIns(3));

        var outcome = (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword, SignInMode.Token,
            new ClientInfo("203.0.113.7", "Firefox/140")))).ShouldSucceed();

        var tokens = Assert.IsType<TokenPair>(outcome.Tokens);
        Assert.Null(outcome.Session);
        Assert.False(outcome.TwoFactorRequired);
        Assert.False(string.IsNullOrEmpty(tokens.AccessToken));
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(900, tokens.ExpiresIn);
        Assert.Equal(user.Id.Value, tokens.User.Id);
        Assert.Equal(UserBuilder.DefaultEmail, tokens.User.Email);

        var session = _fx.Sessions.Get(tokens.SessionId);
        Assert.True(session.IsActiveAt(_fx.Now));
        Assert.Equal(user.Id, session.UserId);
        Assert.Equal("203.0.113.7", session.Ip);
        Assert.Equal("Firefox/140", session.UserAgent);

        var refreshToken = Assert.Single(_fx.AllRefreshTokens);
        Assert.Equal(_fx.OpaqueTokens.Hash(tokens.RefreshToken), refreshToken.TokenHash);
        Assert.Equal(session.Id, refreshToken.SessionId);
        Assert.Equal(_fx.Now + TimeSpan.FromDays(7), tokens.RefreshTokenExpiresAt);

        Assert.Equal(_fx.Now, user.LastSignInAt);
        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public async Task SignIn_InSessionMode_ReturnsASessionTokenAndNoRefreshToken()
    {
        var user = _fx.Given(UserBuilder.Verified());

        var outcome = (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword, SignInMode.Session))).ShouldSucceed();

        var grant = Assert.IsType<SessionTokenGrant>(outcome.Session);
        Assert.Null(outcome.Tokens);
        Assert.Equal(user.Id.Value, grant.User.Id);
        var session = _fx.Sessions.Get(grant.SessionId);
        Assert.Equal(_fx.OpaqueTokens.Hash(grant.SessionToken), session.TokenHash);
        Assert.Equal(_fx.Now + TimeSpan.FromDays(7), grant.ExpiresAt);
        Assert.Empty(_fx.AllRefreshTokens);
    }

    [Fact]
    public async Task SignIn_WithTwoFactorEnabled_AsksForTheSecondFactorAndMailsASignInCode()
    {
        _fx.Given(UserBuilder.Verified().WithTwoFactor());

        var outcome = (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.True(outcome.TwoFactorRequired);
        Assert.Null(outcome.Tokens);
        Assert.Null(outcome.Session);
        Assert.Empty(_fx.Sessions.All);
        var mail = Assert.Single(_fx.Mail.Sent);
        Assert.Equal(UserBuilder.DefaultEmail, mail.To);
        Assert.Equal("Your sign-in code", mail.Subject);
        Assert.NotNull(_fx.Otps.Latest(UserBuilder.DefaultEmail, OtpType.SignIn));
    }

    [Fact]
    public async Task SignIn_WithTwoFactorEnabled_WhenACodeWasJustSent_StillAsksForTheSecondFactorWithoutAnotherMail()
    {
        _fx.Given(UserBuilder.Verified().WithTwoFactor());
        (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldSucceed();
        _fx.Clock.Advance(TimeSpan.FromSeconds(10));

        var outcome = (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.True(outcome.TwoFactorRequired);
        Assert.Single(_fx.Mail.Sent);
    }

    [Fact]
    public async Task SignIn_WhenTheStoredHashIsOutdated_ReplacesItWithAFreshHash()
    {
        var user = _fx.Given(UserBuilder.Verified().WithOutdatedHash());

        (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.Equal(TestPasswordHash.Of(UserBuilder.DefaultPassword), user.PasswordHash);
    }

    [Fact]
    public async Task SignIn_WithEmailInAnotherCaseAndSpaces_FindsTheAccount()
    {
        _fx.Given(UserBuilder.Verified());

        (await Handle(SignIn("  Ada@EXAMPLE.com ", UserBuilder.DefaultPassword))).ShouldSucceed();
    }

    [Fact]
    public async Task SignIn_ToAProviderAccountWithoutPassword_ReturnsInvalidCredentials()
    {
        _fx.Given(UserBuilder.FromProvider(Domain.Users.AuthProvider.GitHub));

        (await Handle(SignIn(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.InvalidCredentials);
    }

    private static SignInCommand SignIn(string email, string password, SignInMode mode = SignInMode.Token, ClientInfo? client = null) =>
        new(email, password, mode, client ?? ClientInfo.Unknown);

    private Task<Result<SignInOutcome>> Handle(SignInCommand command) => Handle(_fx, command);

    private static async Task<Result<SignInOutcome>> Handle(HandlerFixture fx, SignInCommand command) =>
        await new SignInCommandHandler(fx.CredentialCheck, fx.Hasher, fx.SignInCompletion, fx.Settings, fx.Clock)
            .Handle(command, HandlerFixture.Ct);
}
