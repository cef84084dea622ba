using Auth.Application.Abstractions;

namespace Auth.Api.Audit;

/// <summary>The current HTTP request's client address (after forwarded headers, when configured) and user agent.</summary>
internal sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    public string? Ip => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent => accessor.HttpContext is { } context && context.Request.Headers.UserAgent.Count > 0
        ? context.Request.Headers.UserAgent.ToString()
        : null;
}
