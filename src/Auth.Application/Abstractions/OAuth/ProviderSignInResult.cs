using Auth.Domain.Accounts;

namespace Auth.Application.Abstractions.OAuth;

/// <summary>A redeemed code: who signed in, as the provider vouches, and the tokens it issued.</summary>
public sealed record ProviderSignInResult(ProviderIdentity Identity, ProviderTokens Tokens);
