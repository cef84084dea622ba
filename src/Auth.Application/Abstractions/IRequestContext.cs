namespace Auth.Application.Abstractions;

/// <summary>Where the current request came from (the host fills it in; null outside a request).</summary>
public interface IRequestContext
{
    string? Ip { get; }

    string? UserAgent { get; }
}
