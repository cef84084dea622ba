using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Behaviors;

/// <summary>
/// One transaction per command: whatever the handler changed is saved once, at the end, whether the command
/// succeeded or failed in an expected way (a failed sign-in must still count). An exception saves nothing.
/// A lost race is retried when the command allows it, otherwise answered with a conflict error. Mail the command
/// queued leaves only after the save (<see cref="IMailOutbox"/>).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, IMailOutbox mail) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    /// <summary>Enough for every racer on one aggregate to get its turn (a lock stops writes after five failures).</summary>
    private const int MaxAttempts = 10;

    private static readonly Error GenericConflict =
        new(ErrorCodes.Conflict, "Another request changed the same data; try again.", ErrorKind.Conflict);

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await next(message, cancellationToken);
                var events = unitOfWork.PendingDomainEvents();
                await unitOfWork.SaveChangesAsync(cancellationToken);
                mail.Release();
                SecurityMetrics.RecordSaved(message, response, events);
                return response;
            }
            catch (Exception exception) when (exception is ConcurrencyConflictException or UniqueConstraintViolationException)
            {
                unitOfWork.Reset();
                mail.Discard();
                var retry = exception is ConcurrencyConflictException && message is IRetryOnConcurrencyConflict && attempt < MaxAttempts;
                if (retry)
                {
                    // Jitter, so that the racers that lost do not collide again at once.
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                    continue;
                }

                if (!ResultFactory.IsResult(typeof(TResponse))) throw;
                return ResultFactory.Failure<TResponse>((message as IHasConflictError)?.ConflictError ?? GenericConflict);
            }
            catch
            {
                unitOfWork.Reset();
                mail.Discard();
                throw;
            }
        }
    }
}
