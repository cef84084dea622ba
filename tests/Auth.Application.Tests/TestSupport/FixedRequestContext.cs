using Auth.Application.Abstractions;

namespace Auth.Application.Tests.TestSupport;

public sealed record FixedRequestContext(string? Ip, string? UserAgent) : IRequestContext
{
    public static FixedRequestContext Laptop { get; } = new("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");
}
