namespace Auth.Application.Abstractions.OAuth;

/// <summary>The providers that are configured (have a client id), by their contract name (<c>google</c>, <c>github</c>).</summary>
public interface IOAuthProviderCatalog
{
    /// <returns>The provider, or null when the name is unknown or the provider is not configured.</returns>
    IOAuthProvider? Find(string? name);
}
