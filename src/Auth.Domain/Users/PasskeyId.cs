namespace Auth.Domain.Users;

public readonly record struct PasskeyId(Guid Value)
{
    public static PasskeyId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
