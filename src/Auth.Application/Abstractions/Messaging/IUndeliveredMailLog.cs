namespace Auth.Application.Abstractions.Messaging;

/// <summary>Mail the service gave up delivering after every attempt, kept (without its body) for admins to see.</summary>
public interface IUndeliveredMailLog
{
    /// <summary>The newest <paramref name="max"/> messages given up, newest first.</summary>
    Task<IReadOnlyList<UndeliveredMail>> ListAsync(int max, CancellationToken cancellationToken);
}
