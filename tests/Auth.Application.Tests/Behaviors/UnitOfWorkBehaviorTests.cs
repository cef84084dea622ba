using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Behaviors;
using Auth.Application.Sessions;
using Auth.Application.Sessions.Refresh;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.SignUp;
using Auth.Application.Users.UnlockUser;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Tests.Behaviors;

public sealed class UnitOfWorkBehaviorTests
{
    private static readonly SignInCommand SignIn = new("ada@example.com", "correct horse battery", SignInMode.Token, ClientInfo.Unknown);

    private static readonly SignInOutcome SecondFactorChallenge =
        SignInOutcome.SecondFactorRequired(new TwoFactorChallenge("challenge", ["email"], HandlerFixture.Start.AddMinutes(5)));

    private static readonly EmailMessage CodeMail = new("ada@example.com", "Your sign-in code", "123456");

    private readonly RecordingUnitOfWork _unitOfWork = new();
    private readonly RecordingMailOutbox _mail = new();
    private int _handlerCalls;

    [Fact]
    public async Task Handle_ReleasesTheMailACommandQueued_OnlyAfterItsSave()
    {
        var releasedAtSave = -1;
        _unitOfWork.OnSave = () => releasedAtSave = _mail.Released.Count;

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(SignIn, QueueingMail(), HandlerFixture.Ct);

        Assert.Equal(0, releasedAtSave);
        Assert.Equal([CodeMail], _mail.Released);
    }

    [Fact]
    public async Task Handle_WhenTheSaveFails_DropsTheMailTheCommandQueued()
    {
        _unitOfWork.FailingWith(new UniqueConstraintViolationException("IX_otps"));

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(SignIn, QueueingMail(), HandlerFixture.Ct);

        Assert.Empty(_mail.Released);
        Assert.Empty(_mail.Sent);
    }

    [Fact]
    public async Task Handle_WhenALostRaceIsRetried_ReleasesOnlyTheMailOfTheAttemptThatWasSaved()
    {
        _unitOfWork.FailingWith(new ConcurrencyConflictException("version changed"), new ConcurrencyConflictException("version changed"));

        await Behavior<SignInCommand, Result<SignInOutcome>>().Handle(SignIn, QueueingMail(), HandlerFixture.Ct);

        Assert.Equal(3, _handlerCalls);
        Assert.Equal([CodeMail], _mail.Released);
    }

    [Fact]
    public async Task Handle_AfterASuccessfulCommand_SavesOnce()
    {
        var result = await Behavior<SignInCommand, Result<SignInOutcome>>()
            .Handle(SignIn, Answering<SignInCommand, Result<SignInOutcome>>(SecondFactorChallenge), HandlerFixture.Ct);

        Assert.True(result.ShouldSucceed().TwoFactorRequired);
        Assert.Equal(1, _unitOfWork.Saves);
    }

    [Fact]
    public async Task Handle_AfterACommandThatFailedAsExpected_StillSavesOnce()
    {
        var result = await Behavior<SignInCommand, Result<SignInOutcome>>()
            .Handle(SignIn, Answering<SignInCommand, Result<SignInOutcome>>(UserErrors.InvalidCredentials), HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.InvalidCredentials);
        Assert.Equal(1, _unitOfWork.Saves);
    }

    [Fact]
    public async Task Handle_WhenTheHandlerThrows_ResetsAndRethrowsWithoutSaving()
    {
        var behavior = Behavior<SignInCommand, Result<SignInOutcome>>();

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(SignIn, (_, _) => throw new InvalidOperationException("a bug"), HandlerFixture.Ct));

        Assert.Equal(0, _unitOfWork.Saves);
        Assert.Equal(1, _unitOfWork.Resets);
    }

    [Fact]
    public async Task Handle_WhenSavingFailsUnexpectedly_ResetsAndRethrows()
    {
        _unitOfWork.FailingWith(new TimeoutException("database gone"));
        var behavior = Behavior<SignInCommand, Result<SignInOutcome>>();

        await Assert.ThrowsAsync<TimeoutException>(async () =>
            await behavior.Handle(SignIn, Answering<SignInCommand, Result<SignInOutcome>>(SecondFactorChallenge), HandlerFixture.Ct));

        Assert.Equal(1, _unitOfWork.Resets);
        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Handle_WhenARetryableCommandLosesARace_RunsItAgainFromScratch()
    {
        _unitOfWork.FailingWith(new ConcurrencyConflictException("version changed"), new ConcurrencyConflictException("version changed"));

        var result = await Behavior<SignInCommand, Result<SignInOutcome>>()
            .Handle(SignIn, Answering<SignInCommand, Result<SignInOutcome>>(UserErrors.InvalidCredentials), HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.InvalidCredentials);
        Assert.Equal(3, _handlerCalls);
        Assert.Equal(3, _unitOfWork.Saves);
        Assert.Equal(2, _unitOfWork.Resets);
    }

    [Fact]
    public async Task Handle_WhenARetryableCommandLosesTenRaces_GivesUpWithConflict()
    {
        _unitOfWork.AlwaysFailWith = () => new ConcurrencyConflictException("version changed");

        var result = await Behavior<SignInCommand, Result<SignInOutcome>>()
            .Handle(SignIn, Answering<SignInCommand, Result<SignInOutcome>>(SecondFactorChallenge), HandlerFixture.Ct);

        var error = result.ShouldFailWith(ErrorCodes.Conflict);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(10, _handlerCalls);
        Assert.Equal(10, _unitOfWork.Saves);
    }

    [Fact]
    public async Task Handle_WhenACommandThatIsNotRetryableLosesARace_AnswersConflictAtOnce()
    {
        _unitOfWork.FailingWith(new ConcurrencyConflictException("version changed"));

        var result = await Behavior<UnlockUserCommand, Result>()
            .Handle(new UnlockUserCommand(UserId.New(HandlerFixture.Start)), Answering<UnlockUserCommand, Result>(Result.Success), HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.Conflict);
        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Handle_WhenACommandWithItsOwnConflictErrorLosesARace_AnswersThatError()
    {
        _unitOfWork.FailingWith(new ConcurrencyConflictException("token rotated by a parallel request"));

        var result = await Behavior<RefreshCommand, Result<TokenPair>>()
            .Handle(new RefreshCommand("tok-1"),
                Answering<RefreshCommand, Result<TokenPair>>(RefreshTokenErrors.Invalid), HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.RefreshTokenInvalid);
        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Handle_WhenAUniqueKeyIsTaken_AnswersTheCommandsConflictErrorWithoutRetrying()
    {
        _unitOfWork.FailingWith(new UniqueConstraintViolationException("IX_users_email"));
        var user = new UserDto(Guid.NewGuid(), "Ada", "ada@example.com", "user", "local", false, null, null, HandlerFixture.Start, false, new TwoFactorDto(false, 0, 0));

        var result = await Behavior<SignUpCommand, Result<UserDto>>()
            .Handle(new SignUpCommand("Ada", "ada@example.com", "a long passphrase"), Answering<SignUpCommand, Result<UserDto>>(user),
                HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.EmailTaken);
        Assert.Equal(1, _handlerCalls);
        Assert.Equal(1, _unitOfWork.Resets);
    }

    [Fact]
    public async Task Handle_WhenAUniqueKeyIsTakenByARetryableCommand_DoesNotRetry()
    {
        _unitOfWork.FailingWith(new UniqueConstraintViolationException("IX_sessions_token_hash"));

        var result = await Behavior<SignInCommand, Result<SignInOutcome>>()
            .Handle(SignIn, Answering<SignInCommand, Result<SignInOutcome>>(SecondFactorChallenge), HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.Conflict);
        Assert.Equal(1, _handlerCalls);
    }

    private UnitOfWorkBehavior<TMessage, TResponse> Behavior<TMessage, TResponse>()
        where TMessage : notnull, IBaseCommand =>
        new(_unitOfWork, _mail);

    private MessageHandlerDelegate<SignInCommand, Result<SignInOutcome>> QueueingMail() =>
        (_, _) =>
        {
            _handlerCalls++;
            _mail.Add(CodeMail);
            return ValueTask.FromResult<Result<SignInOutcome>>(SecondFactorChallenge);
        };

    private MessageHandlerDelegate<TMessage, TResponse> Answering<TMessage, TResponse>(TResponse response)
        where TMessage : notnull, IMessage =>
        (_, _) =>
        {
            _handlerCalls++;
            return ValueTask.FromResult(response);
        };
}
