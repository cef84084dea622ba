namespace Auth.Domain.Sessions;

public readonly record struct RefreshTokenId(Guid Value)
{
    public static RefreshTokenId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
