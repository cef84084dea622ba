namespace Auth.Domain.Primitives;

/// <summary>What kind of failure an <see cref="Error"/> is; outer layers map each kind to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    Locked,
    TooManyRequests,
}
