namespace Auth.Domain.Sessions;

public readonly record struct SignInChallengeId(Guid Value)
{
    public static SignInChallengeId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
