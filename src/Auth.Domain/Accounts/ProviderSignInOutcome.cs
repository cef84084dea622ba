using Auth.Domain.Users;

namespace Auth.Domain.Accounts;

/// <summary>Who a provider sign-in resolved to; <see cref="IsNewUser"/> and <see cref="IsNewAccount"/> say what the caller must store.</summary>
public sealed record ProviderSignInOutcome(User User, Account Account, bool IsNewUser, bool IsNewAccount);
