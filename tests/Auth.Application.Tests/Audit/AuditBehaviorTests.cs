using Auth.Application.Behaviors;
using Auth.Application.OneTimePasswords.SendOtp;
using Auth.Application.Sessions;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Sessions.SignOut;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.ChangePassword;
using Auth.Application.Users.ForgotPassword;
using Auth.Domain.Audit;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Application.Tests.Audit;

public sealed class AuditBehaviorTests
{
    private static readonly SignInOutcome SecondFactorChallenge =
        SignInOutcome.SecondFactorRequired(new TwoFactorChallenge("challenge", ["email"], HandlerFixture.Start.AddMinutes(5)));

    private const string Password = "correct horse battery";

    private readonly RecordingUnitOfWork _unitOfWork = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryUserRepository _users = new();
    private readonly FakeTimeProvider _clock = new(HandlerFixture.Start);

    private static SignInCommand SignIn(string email, string password = Password) =>
        new(email, password, SignInMode.Token, ClientInfo.Unknown);

    [Fact]
    public async Task SignIn_WithAnUnknownEmail_RecordsAFailureWithTheAttemptedEmailAndNoUser()
    {
        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(
            SignIn("nobody@example.com", "hunter2 hunter2"), Answering<SignInCommand, Result<SignInOutcome>>(UserErrors.InvalidCredentials), HandlerFixture.Ct);

        var entry = Assert.Single(_audit.All);
        Assert.Equal(
            (AuditEventTypes.SignInFailed, (UserId?)null, "nobody@example.com", AuditOutcome.Failure, ErrorCodes.InvalidCredentials),
            (entry.Type, entry.UserId, entry.Subject, entry.Outcome, entry.Detail));
        Assert.Equal(("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)", HandlerFixture.Start), (entry.Ip, entry.UserAgent, entry.OccurredAt));
    }

    [Fact]
    public async Task SignIn_WithAWrongPasswordForAKnownUser_RecordsTheFailureAgainstThatUser()
    {
        var user = UserBuilder.Verified().Build(HandlerFixture.Start);
        _users.Add(user);

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(
            SignIn(user.Email.Value, "wrong password"), Raising<SignInCommand, Result<SignInOutcome>>(user, u =>
            {
                var result = u.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, HandlerFixture.Start);
                return result.Error!;
            }), HandlerFixture.Ct);

        var entry = Assert.Single(_audit.All);
        Assert.Equal((AuditEventTypes.SignInFailed, (UserId?)user.Id), (entry.Type, entry.UserId));
    }

    [Fact]
    public async Task SignIn_FifthWrongPassword_RecordsTheFailureAndTheLockout()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(HandlerFixture.Start);
        _users.Add(user);

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(
            SignIn(user.Email.Value, "wrong password"), Raising<SignInCommand, Result<SignInOutcome>>(user, u =>
                u.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, HandlerFixture.Start).Error!),
            HandlerFixture.Ct);

        Assert.Equal([AuditEventTypes.LockedOut, AuditEventTypes.SignInFailed], _audit.All.Select(e => e.Type));
        Assert.All(_audit.All, e => Assert.Equal((user.Id, AuditOutcome.Failure), (e.UserId!.Value, e.Outcome)));
        Assert.StartsWith("until 2026-03-03T09:00:00", _audit.All[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OnALockedAccount_RecordsTheRefusalAgainstTheUser()
    {
        var user = UserBuilder.Verified().LockedOut().Build(HandlerFixture.Start);
        _users.Add(user);

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(
            SignIn(user.Email.Value), Raising<SignInCommand, Result<SignInOutcome>>(user, u =>
                u.AttemptSignIn(passwordMatches: true, LockoutPolicy.Default, requireVerifiedEmail: false, HandlerFixture.Start).Error!),
            HandlerFixture.Ct);

        var entry = Assert.Single(_audit.All);
        Assert.Equal((AuditEventTypes.SignInFailed, (UserId?)user.Id, ErrorCodes.AccountLocked), (entry.Type, entry.UserId, entry.Detail));
    }

    [Fact]
    public async Task SignIn_Succeeding_RecordsTheSignInFromTheDomainEvent_Only()
    {
        var user = UserBuilder.Verified().Build(HandlerFixture.Start);

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(
            SignIn(user.Email.Value), Raising<SignInCommand, Result<SignInOutcome>>(user, u =>
            {
                u.AttemptSignIn(passwordMatches: true, LockoutPolicy.Default, requireVerifiedEmail: false, HandlerFixture.Start);
                return SecondFactorChallenge;
            }), HandlerFixture.Ct);

        var entry = Assert.Single(_audit.All);
        Assert.Equal((AuditEventTypes.SignedIn, (UserId?)user.Id, AuditOutcome.Success, (string?)null), (entry.Type, entry.UserId, entry.Outcome, entry.Subject));
    }

    [Fact]
    public async Task ACodeRequest_IsRecordedForUnknownAndKnownEmailsAlike_WithTheUserWhenThereIsOne()
    {
        var user = UserBuilder.Verified().Build(HandlerFixture.Start);
        _users.Add(user);

        await Behavior<SendOtpCommand, Result<DateTimeOffset>>().Handle(
            new SendOtpCommand("nobody@example.com", "signin"), Answering<SendOtpCommand, Result<DateTimeOffset>>(HandlerFixture.Start), HandlerFixture.Ct);
        await Behavior<ForgotPasswordCommand, Result>().Handle(
            new ForgotPasswordCommand(user.Email.Value), Answering<ForgotPasswordCommand, Result>(Result.Success), HandlerFixture.Ct);
        await Behavior<SendOtpCommand, Result<DateTimeOffset>>().Handle(
            new SendOtpCommand(user.Email.Value, "signin"), Answering<SendOtpCommand, Result<DateTimeOffset>>(OtpErrors.ResendCooldown(HandlerFixture.Start)), HandlerFixture.Ct);

        Assert.Equal(
            [
                (AuditEventTypes.CodeRequested, (UserId?)null, "nobody@example.com", AuditOutcome.Success, "signin"),
                (AuditEventTypes.CodeRequested, user.Id, user.Email.Value, AuditOutcome.Success, "password-reset"),
                (AuditEventTypes.CodeRequested, user.Id, user.Email.Value, AuditOutcome.Failure, ErrorCodes.OtpResendCooldown),
            ],
            _audit.All.Select(e => (e.Type, e.UserId, e.Subject, e.Outcome, e.Detail)));
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_RecordsTheFailureForTheCaller()
    {
        var userId = UserId.New(HandlerFixture.Start);
        var command = new ChangePasswordCommand(userId, SessionId.New(HandlerFixture.Start), "old secret pass", "new secret pass", "123456");

        await Behavior<ChangePasswordCommand, Result>().Handle(command, Answering<ChangePasswordCommand, Result>(UserErrors.InvalidCredentials), HandlerFixture.Ct);

        var entry = Assert.Single(_audit.All);
        Assert.Equal((AuditEventTypes.PasswordChangeFailed, (UserId?)userId, (string?)null), (entry.Type, entry.UserId, entry.Subject));
        AssertNoSecrets("old secret pass", "new secret pass", "123456");
    }

    [Fact]
    public async Task ACommandThatIsNotAudited_RecordsItsEvents_ButNotItsFailures()
    {
        var user = UserBuilder.Verified().Build(HandlerFixture.Start);
        var session = Session.Start(user.Id, "hash", null, null, SessionPolicy.Default, HandlerFixture.Start);

        await Behavior<SignOutCommand, Result>().Handle(new SignOutCommand(session.Id), (_, _) =>
        {
            session.Revoke(SessionRevocationReason.SignedOut, HandlerFixture.Start);
            _unitOfWork.Pending.AddRange(session.DomainEvents);
            return ValueTask.FromResult(Result.Failure(SessionErrors.NotActive));
        }, HandlerFixture.Ct);

        var entry = Assert.Single(_audit.All);
        Assert.Equal((AuditEventTypes.SessionRevoked, $"signed_out session={session.Id}"), (entry.Type, entry.Detail));
    }

    [Fact]
    public async Task NoEntry_EverHoldsThePasswordOrItsHash()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(HandlerFixture.Start);
        _users.Add(user);

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(
            SignIn(user.Email.Value, "wrong password 5"), Raising<SignInCommand, Result<SignInOutcome>>(user, u =>
                u.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, HandlerFixture.Start).Error!),
            HandlerFixture.Ct);

        Assert.NotEmpty(_audit.All);
        AssertNoSecrets("wrong password 5", user.PasswordHash!);
    }

    private void AssertNoSecrets(params string[] secrets)
    {
        foreach (var entry in _audit.All)
        {
            var fields = string.Join("|", entry.Type, entry.Subject, entry.Ip, entry.UserAgent, entry.Detail);
            foreach (var secret in secrets) Assert.DoesNotContain(secret, fields, StringComparison.Ordinal);
        }
    }

    private AuditBehavior<TMessage, TResponse> Behavior<TMessage, TResponse>()
        where TMessage : notnull, IBaseCommand =>
        new(_unitOfWork, _audit, _users, FixedRequestContext.Laptop, _clock);

    private static MessageHandlerDelegate<TMessage, TResponse> Answering<TMessage, TResponse>(TResponse response)
        where TMessage : notnull, IMessage =>
        (_, _) => ValueTask.FromResult(response);

    /// <summary>A handler that calls the domain on <paramref name="user"/>; its events are what the unit of work has pending.</summary>
    private MessageHandlerDelegate<TMessage, TResponse> Raising<TMessage, TResponse>(User user, Func<User, TResponse> domainCall)
        where TMessage : notnull, IMessage =>
        (_, _) =>
        {
            var response = domainCall(user);
            _unitOfWork.Pending.AddRange(user.DomainEvents);
            return ValueTask.FromResult(response);
        };
}
