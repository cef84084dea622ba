using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DeleteMe;

/// <summary>Soft-deletes the caller's account; accounts with a password must confirm with it.</summary>
public sealed record DeleteMeCommand(UserId UserId, string? Password) : ICommand<Result>, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.DeleteFailed;

    public UserId? AuditUserId => UserId;

    public override string ToString() => $"DeleteMeCommand {{ UserId = {UserId}, Password = *** }}";
}
