using Auth.Application.Abstractions.Messaging;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Audit.ListUndeliveredMail;

/// <summary>Admin listing of the mail given up after every delivery attempt, newest first.</summary>
public sealed record ListUndeliveredMailQuery(int Limit) : IQuery<Result<IReadOnlyList<UndeliveredMail>>>
{
    public const int MaxLimit = 100;
}
