namespace Auth.Domain.OneTimePasswords;

public readonly record struct OtpId(Guid Value)
{
    public static OtpId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
