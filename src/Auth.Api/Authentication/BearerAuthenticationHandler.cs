using System.Security.Claims;
using System.Text.Encodings.Web;
using Auth.Application.Abstractions.Security;
using Auth.Application.Sessions.AuthenticateSessionToken;
using Auth.Domain.Users;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Auth.Api.Authentication;

/// <summary>
/// One bearer scheme for both modes: a JWT access token is validated by signature and claims; an opaque
/// session token is checked against the session store on every request, so revocation is immediate.
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IAccessTokenValidator accessTokens,
    SessionCheck sessionCheck,
    IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const int MaxTokenLength = 4096;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();

        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > MaxTokenLength) return AuthenticateResult.Fail("Malformed bearer token.");

        var subject = token.Contains('.', StringComparison.Ordinal)
            ? await ValidateAccessTokenAsync(token)
            : await AuthenticateSessionTokenAsync(token);
        return subject is null
            ? AuthenticateResult.Fail("Invalid bearer token.")
            : AuthenticateResult.Success(new AuthenticationTicket(ToPrincipal(subject), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "A valid access token or session token is required.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "You do not have the role this requires.");

    private async Task<AccessTokenSubject?> ValidateAccessTokenAsync(string token)
    {
        var subject = await accessTokens.ValidateAsync(token, Context.RequestAborted);
        if (subject is null || !sessionCheck.Enabled) return subject;
        return await sessionCheck.IsActiveAsync(subject.SessionId, mediator, Context.RequestAborted) ? subject : null;
    }

    private async Task<AccessTokenSubject?> AuthenticateSessionTokenAsync(string token)
    {
        var result = await mediator.Send(new AuthenticateSessionTokenQuery(token), Context.RequestAborted);
        return result.IsSuccess ? result.Value : null;
    }

    private static ClaimsPrincipal ToPrincipal(AccessTokenSubject subject) =>
        new(new ClaimsIdentity(
            [
                new Claim(AuthClaims.Subject, subject.UserId.Value.ToString()),
                new Claim(AuthClaims.SessionId, subject.SessionId.Value.ToString()),
                new Claim(AuthClaims.Email, subject.Email),
                new Claim(AuthClaims.Role, subject.Role.ToWireName()),
                new Claim(AuthClaims.EmailVerified, subject.EmailVerified ? "true" : "false"),
            ],
            SchemeName,
            AuthClaims.Subject,
            AuthClaims.Role));

    private async Task WriteProblemAsync(int status, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) Response.Headers.WWWAuthenticate = "Bearer";
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = { Status = status, Detail = detail } });
    }
}
