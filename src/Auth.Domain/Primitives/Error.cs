namespace Auth.Domain.Primitives;

/// <summary>
/// An expected failure: wrong password, expired code, locked account. <see cref="Code"/> is the stable
/// snake_case code of the REST contract; <see cref="Details"/> carries values a client may act on
/// (for example <c>lockedUntil</c>), never secrets.
/// </summary>
public sealed record Error(string Code, string Description, ErrorKind Kind)
{
    private static readonly IReadOnlyDictionary<string, object> NoDetails = new Dictionary<string, object>();

    public IReadOnlyDictionary<string, object> Details { get; init; } = NoDetails;

    public Error WithDetail(string name, object value) =>
        this with { Details = new Dictionary<string, object>(Details) { [name] = value } };
}
