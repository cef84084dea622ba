using Auth.Application.Abstractions.OAuth;

namespace Auth.Application.Tests.TestSupport;

public sealed class StubOAuthProviderCatalog(params IOAuthProvider[] providers) : IOAuthProviderCatalog
{
    public IOAuthProvider? Find(string? name) => providers.FirstOrDefault(p => p.Provider.ToString().Equals(name, StringComparison.OrdinalIgnoreCase));
}
