namespace Auth.Domain.Users;

public readonly record struct PasskeyChallengeId(Guid Value)
{
    public static PasskeyChallengeId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
