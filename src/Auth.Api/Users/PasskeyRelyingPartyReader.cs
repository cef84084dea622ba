using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;

namespace Auth.Api.Users;

/// <summary>
/// The relying party of a passkey ceremony: <c>Auth:Passkeys:RpId</c> (default: the request's host),
/// <c>Auth:Passkeys:RpName</c> (default: <c>Auth:ServiceName</c>) and <c>Auth:Passkeys:Origins</c> (default: the
/// request's own origin). Behind a proxy, set them: the request's host is the proxy's idea of it.
/// </summary>
internal static class PasskeyRelyingPartyReader
{
    public const string Section = "Auth:Passkeys";

    public static PasskeyRelyingParty RelyingParty(this HttpContext context)
    {
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>().GetSection(Section);
        var request = context.Request;
        var id = configuration["RpId"] is { Length: > 0 } configuredId ? configuredId : request.Host.Host;
        var name = configuration["RpName"] is { Length: > 0 } configuredName
            ? configuredName
            : context.RequestServices.GetRequiredService<AuthSettings>().ServiceName;
        var origins = configuration.GetSection("Origins").Get<string[]>() is { Length: > 0 } configuredOrigins
            ? configuredOrigins
            : [$"{request.Scheme}://{request.Host}"];
        return new PasskeyRelyingParty(id, name, origins);
    }
}
