using Auth.Application.Sessions;

namespace Auth.Api.Authentication;

internal static class ClientInfoReader
{
    /// <summary>The caller's address (after the forwarded-headers middleware, when configured) and user agent.</summary>
    public static ClientInfo ClientInfo(this HttpContext context) =>
        new(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString());
}
