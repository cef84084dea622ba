namespace Auth.Application.Abstractions.Security;

/// <summary>The public halves of the signing keys whose tokens may still be in use.</summary>
public interface IJsonWebKeySetProvider
{
    ValueTask<IReadOnlyList<PublicJsonWebKey>> GetPublicKeysAsync(CancellationToken cancellationToken);
}
