namespace Auth.Domain.Sessions;

public readonly record struct SessionId(Guid Value)
{
    public static SessionId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
