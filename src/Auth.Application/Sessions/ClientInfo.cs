namespace Auth.Application.Sessions;

/// <summary>Where a request came from, recorded on the session it starts.</summary>
public sealed record ClientInfo(string? Ip, string? UserAgent)
{
    public static ClientInfo Unknown { get; } = new(null, null);
}
