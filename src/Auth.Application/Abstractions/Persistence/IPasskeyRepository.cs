using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface IPasskeyRepository
{
    /// <summary>The passkey with this id, tracked; null when unknown.</summary>
    Task<Passkey?> FindByIdAsync(PasskeyId id, CancellationToken cancellationToken);

    /// <summary>The passkey with this credential id (base64url), tracked; null when unknown.</summary>
    Task<Passkey?> FindByCredentialIdAsync(string credentialId, CancellationToken cancellationToken);

    /// <summary>The user's passkeys, oldest first, tracked.</summary>
    Task<IReadOnlyList<Passkey>> ListByUserAsync(UserId userId, CancellationToken cancellationToken);

    void Add(Passkey passkey);

    void Remove(Passkey passkey);
}
