namespace Auth.Domain.Accounts;

public readonly record struct AccountId(Guid Value)
{
    public static AccountId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
