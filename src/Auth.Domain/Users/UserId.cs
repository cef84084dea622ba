namespace Auth.Domain.Users;

public readonly record struct UserId(Guid Value)
{
    /// <summary>A time-ordered (version 7) id, so new rows append to the primary-key index.</summary>
    public static UserId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
