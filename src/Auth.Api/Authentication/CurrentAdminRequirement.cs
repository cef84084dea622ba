using Microsoft.AspNetCore.Authorization;

namespace Auth.Api.Authentication;

/// <summary>
/// The admin routes trust the store, not the token: the caller's session must still be active and the account must
/// still be an admin. A token minted before a demotion or a revocation carries a role it no longer has for up to its
/// whole lifetime; admin calls are rare, so two lookups each cost nothing that matters.
/// </summary>
internal sealed class CurrentAdminRequirement : IAuthorizationRequirement;
