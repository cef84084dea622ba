using Auth.Domain.Primitives;

namespace Auth.Domain.Accounts;

/// <summary>
/// Errors of provider sign-in and linked accounts. Errors met after the provider has answered travel back to the
/// app as <c>?error={code}</c> on its redirect URI; the others are problem details.
/// </summary>
public static class AccountErrors
{
    public static readonly Error ProviderNotFound =
        new(ErrorCodes.NotFound, "The sign-in provider does not exist or is not enabled.", ErrorKind.NotFound);

    public static readonly Error RedirectUriNotAllowed =
        new Error(ErrorCodes.RedirectUriNotAllowed, "The redirect URI is not one of the configured Auth:OAuth:AllowedRedirectUris.", ErrorKind.Validation)
            .WithDetail("field", "redirectUri");

    /// <summary>The hosted pages' <c>?returnTo=</c> is held to the same list as the OAuth redirect URIs.</summary>
    public static readonly Error ReturnToNotAllowed =
        new Error(ErrorCodes.RedirectUriNotAllowed, "The app's return address is not one of the configured Auth:OAuth:AllowedRedirectUris.", ErrorKind.Validation)
            .WithDetail("field", "returnTo");

    /// <summary>Unknown, expired, already used, for another provider, or started in another browser: one answer for all.</summary>
    public static readonly Error StateInvalid =
        new(ErrorCodes.OAuthStateInvalid, "The sign-in attempt is unknown, expired, already completed or was started in another browser.", ErrorKind.Validation);

    public static readonly Error CodeInvalid =
        new(ErrorCodes.OAuthCodeInvalid, "The sign-in code is invalid, expired or already used.", ErrorKind.Validation);

    public static readonly Error AccessDenied =
        new(ErrorCodes.AccessDenied, "The sign-in was cancelled or refused at the provider.", ErrorKind.Forbidden);

    public static readonly Error ProviderError =
        new(ErrorCodes.ProviderError, "The provider refused the sign-in or answered with something unexpected.", ErrorKind.Unauthorized);

    public static readonly Error ProviderUnavailable =
        new(ErrorCodes.ProviderUnavailable, "The provider did not answer in time; try again.", ErrorKind.Unauthorized);

    public static readonly Error IdTokenInvalid =
        new(ErrorCodes.InvalidIdToken, "The provider's ID token failed validation (signature, issuer, audience, expiry or nonce).", ErrorKind.Unauthorized);

    public static readonly Error ProviderEmailNotVerified =
        new(ErrorCodes.ProviderEmailNotVerified, "The provider did not confirm a verified email address for this account.", ErrorKind.Forbidden);

    /// <summary>An account with the email exists, but nobody has proved its mailbox yet: linking it would hand it over.</summary>
    public static readonly Error LocalEmailNotVerified =
        new(ErrorCodes.EmailNotVerified,
            "An account with this email exists but its email is not verified; verify it, then sign in with the provider again.",
            ErrorKind.Forbidden);

    public static readonly Error ProviderAlreadyLinked =
        new(ErrorCodes.ProviderAlreadyLinked, "The account with this email is already linked to another account of this provider.", ErrorKind.Conflict);

    /// <summary>A signed-in person links a provider account that already signs another user in.</summary>
    public static readonly Error ProviderAccountLinkedElsewhere =
        new(ErrorCodes.ProviderAccountInUse, "This provider account already signs another user in.", ErrorKind.Conflict);

    /// <summary>A signed-in person links a second account of a provider they already have one of.</summary>
    public static readonly Error ProviderLinkedAlready =
        new(ErrorCodes.ProviderAlreadyLinked, "An account of this provider is already linked to yours; unlink it first.", ErrorKind.Conflict);

    public static readonly Error NotLinked =
        new(ErrorCodes.NotFound, "No account of this provider is linked.", ErrorKind.NotFound);

    public static readonly Error LastSignInMethod =
        new(ErrorCodes.LastSignInMethod, "This is the only way left to sign in; set a password or link another provider first.", ErrorKind.Conflict);
}
