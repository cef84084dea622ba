using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Audit;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Behaviors;

/// <summary>
/// Writes the audit trail of a command, inside the unit of work (it runs after the handler and before the save, so
/// its entries are saved in the same transaction as the change, and a command that throws or is retried leaves none):
/// one entry per audited domain event the command raised (<see cref="AuditEventMap"/>), plus one for the expected
/// failure of an <see cref="IAuditedCommand"/>, plus one for every call of an <see cref="IAuditedRequest"/>. Every entry gets the request's ip and user agent. Commands only: a query never resolves it.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    IUnitOfWork unitOfWork, IAuditLog auditLog, IUserRepository users, IRequestContext request, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);

        var events = unitOfWork.PendingDomainEvents();
        foreach (var draft in events.Select(AuditEventMap.Map).OfType<AuditEventMap.Draft>())
            auditLog.Add(Entry(draft.Type, draft.UserId, null, draft.Outcome, draft.Detail, draft.OccurredAt));

        if (message is IAuditedCommand audited && response is Result { Error: { } error })
        {
            var userId = audited.AuditUserId
                ?? events.Select(AuditEventMap.UserOf).FirstOrDefault(id => id is not null)
                ?? await FindUserAsync(audited.AuditSubject, cancellationToken);
            auditLog.Add(Entry(audited.AuditFailureType, userId, audited.AuditSubject, AuditOutcome.Failure, error.Code, clock.GetUtcNow()));
        }

        if (message is IAuditedRequest requested)
        {
            var (outcome, detail) = response is Result { Error: { } failure }
                ? (AuditOutcome.Failure, failure.Code)
                : (AuditOutcome.Success, requested.AuditDetail);
            var userId = await FindUserAsync(requested.AuditSubject, cancellationToken);
            auditLog.Add(Entry(requested.AuditRequestType, userId, requested.AuditSubject, outcome, detail, clock.GetUtcNow()));
        }

        return response;
    }

    private AuditEntry Entry(string type, UserId? userId, string? subject, AuditOutcome outcome, string? detail, DateTimeOffset at) =>
        AuditEntry.Record(type, userId, subject, request.Ip, request.UserAgent, outcome, detail, at);

    /// <summary>The account a failed attempt named, if there is one: one read by the unique email, for failures only.</summary>
    private async Task<UserId?> FindUserAsync(string? subject, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(subject ?? string.Empty);
        if (email.IsFailure) return null;
        return (await users.FindByEmailAsync(email.Value, cancellationToken))?.Id;
    }
}
