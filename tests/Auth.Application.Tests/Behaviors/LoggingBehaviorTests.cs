using Auth.Application.Behaviors;
using Auth.Application.Sessions;
using Auth.Application.Sessions.ListMySessions;
using Auth.Application.Sessions.SignOut;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Microsoft.Extensions.Logging;

namespace Auth.Application.Tests.Behaviors;

public sealed class LoggingBehaviorTests
{
    private static readonly SessionId Session = SessionId.New(HandlerFixture.Start);

    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task ACommand_IsLoggedAtInformation_WithItsOutcome()
    {
        await new LoggingBehavior<SignOutCommand, Result>(_logger.For<SignOutCommand, Result>())
            .Handle(new SignOutCommand(Session), (_, _) => ValueTask.FromResult(Result.Failure(SessionErrors.NotActive)), HandlerFixture.Ct);

        var (level, text) = Assert.Single(_logger.Lines);
        Assert.Equal(LogLevel.Information, level);
        Assert.StartsWith($"SignOutCommand failed with {SessionErrors.NotActive.Code} in ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryThatSucceeded_IsLoggedAtDebug_AndOneThatFailed_AtInformation()
    {
        var query = new ListMySessionsQuery(UserId.New(HandlerFixture.Start), Session);
        var behavior = new LoggingBehavior<ListMySessionsQuery, Result<IReadOnlyList<SessionDto>>>(
            _logger.For<ListMySessionsQuery, Result<IReadOnlyList<SessionDto>>>());

        await behavior.Handle(query, (_, _) => ValueTask.FromResult(Result<IReadOnlyList<SessionDto>>.From([])), HandlerFixture.Ct);
        await behavior.Handle(query, (_, _) => ValueTask.FromResult<Result<IReadOnlyList<SessionDto>>>(UserErrors.NotFound), HandlerFixture.Ct);

        Assert.Equal([LogLevel.Debug, LogLevel.Information], _logger.Lines.Select(l => l.Level));
    }

    private sealed class RecordingLogger
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public ILogger<LoggingBehavior<TMessage, TResponse>> For<TMessage, TResponse>()
            where TMessage : notnull, Mediator.IMessage => new Typed<LoggingBehavior<TMessage, TResponse>>(Lines);

        private sealed class Typed<T>(List<(LogLevel, string)> lines) : ILogger<T>
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Add((logLevel, formatter(state, exception)));
        }
    }
}
