using System.Net;

namespace Auth.Api.Tests.TestSupport.OAuth;

/// <summary>How the fake provider misbehaves; everything off by default (a well-behaved provider).</summary>
public sealed class FakeProviderBehaviour
{
    /// <summary>The consent page redirects back with <c>error=access_denied</c>.</summary>
    public bool DenyConsent { get; set; }

    /// <summary>The token endpoint answers this status with <c>{"error":"server_error"}</c>.</summary>
    public HttpStatusCode? TokenStatus { get; set; }

    /// <summary>The token endpoint answers 200 with <c>{"error":"bad_verification_code"}</c>, as GitHub does.</summary>
    public bool TokenErrorInBody { get; set; }

    /// <summary>The token endpoint waits this long (wall clock) before answering.</summary>
    public TimeSpan TokenDelay { get; set; }

    public HttpStatusCode? UserStatus { get; set; }

    public HttpStatusCode? EmailsStatus { get; set; }

    public HttpStatusCode? JwksStatus { get; set; }

    public string? IdTokenNonce { get; set; }

    public string? IdTokenAudience { get; set; }

    public string? IdTokenIssuer { get; set; }

    /// <summary>The ID token expired this long before the service clock's now.</summary>
    public TimeSpan? IdTokenExpiredAgo { get; set; }

    /// <summary>The ID token is signed with a key the JWKS does not publish.</summary>
    public bool SignWithUnpublishedKey { get; set; }

    /// <summary>The ID token carries no email: the service must ask the user-info endpoint.</summary>
    public bool IdTokenWithoutEmail { get; set; }
}
