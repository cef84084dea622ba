using Auth.Domain.Primitives;
using FluentValidation;
using Mediator;

namespace Auth.Application.Behaviors;

/// <summary>Runs the message's validators; invalid input becomes a <c>validation_failed</c> result with field errors.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0 || !ResultFactory.IsResult(typeof(TResponse))) return await next(message, cancellationToken);

        var errors = failures
            .GroupBy(f => ToCamelCase(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var error = new Error(ErrorCodes.ValidationFailed, "One or more fields are invalid.", ErrorKind.Validation)
            .WithDetail("errors", errors);
        return ResultFactory.Failure<TResponse>(error);
    }

    private static string ToCamelCase(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
