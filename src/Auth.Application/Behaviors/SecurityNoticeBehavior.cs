using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Audit;
using Mediator;

namespace Auth.Application.Behaviors;

/// <summary>
/// Queues a <see cref="SecurityNotice"/> to the account's owner for each such event a command raised. It runs inside
/// the unit of work, and the outbox releases mail only after the save, so a notice goes out only for a change
/// that was stored. Commands only: a query never resolves it.
/// </summary>
public sealed class SecurityNoticeBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, IUserRepository users, IMailOutbox mail)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);

        foreach (var notice in unitOfWork.PendingDomainEvents().Select(SecurityNotice.For).OfType<SecurityNotice>())
        {
            var user = await users.FindByIdAsync(notice.UserId, cancellationToken);
            if (user is not null) mail.Add(notice.To(user));
        }

        return response;
    }
}
