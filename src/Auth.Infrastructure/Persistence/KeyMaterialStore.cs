using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Persistence.KeyMaterial;
using Auth.Infrastructure.Security.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Persistence;

/// <summary>
/// Key material in the <c>signing_keys</c> and <c>server_secrets</c> tables. A singleton (its users are
/// singletons), so every call opens its own scope and context.
/// </summary>
internal sealed class KeyMaterialStore(IServiceScopeFactory scopes, TimeProvider timeProvider) : IKeyMaterialStore
{
    public async Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            var rows = await db.SigningKeys
                .AsNoTracking()
                .OrderBy(k => k.CreatedAt)
                .ThenBy(k => k.KeyId)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return rows
                .Select(k => new StoredSigningKey(k.KeyId, k.Algorithm, k.PrivateKey, k.CreatedAt, k.RetiresAt, k.ExpiresAt))
                .ToList();
        }
    }

    public async Task AddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            db.SigningKeys.Add(new SigningKeyRow
            {
                KeyId = key.KeyId,
                Algorithm = key.Algorithm,
                PrivateKey = key.PrivateKey,
                CreatedAt = key.CreatedAt,
                RetiresAt = key.RetiresAt,
                ExpiresAt = key.ExpiresAt,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
            {
                throw new UniqueConstraintViolationException($"A signing key with id '{key.KeyId}' is already stored.", exception);
            }
        }
    }

    public async Task<int> DeleteExpiredSigningKeysAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            return await db.SigningKeys.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> ReplacePrivateKeyAsync(string keyId, string current, string replacement, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            var changed = await db.SigningKeys
                .Where(k => k.KeyId == keyId && k.PrivateKey == current)
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.PrivateKey, replacement), cancellationToken)
                .ConfigureAwait(false);
            return changed > 0;
        }
    }

    /// <summary>
    /// Reads the secret; when it is missing, inserts <paramref name="value"/>. When another instance inserted
    /// between the read and the insert, the primary key refuses the second row and the winner's value is returned.
    /// </summary>
    public async Task<string> GetOrAddSecretAsync(string name, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(value);

        if (await FindSecretAsync(name, cancellationToken).ConfigureAwait(false) is { } existing) return existing;

        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
                db.ServerSecrets.Add(new ServerSecretRow { Name = name, Value = value, CreatedAt = timeProvider.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return value;
            }
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            return await FindSecretAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The secret '{name}' was reported taken but cannot be read.", exception);
        }
    }

    private async Task<string?> FindSecretAsync(string name, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            return await db.ServerSecrets
                .AsNoTracking()
                .Where(s => s.Name == name)
                .Select(s => s.Value)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
