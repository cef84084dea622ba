namespace Auth.Domain.Users;

/// <summary>How the second step of a sign-in is proved. Wire names: <c>totp</c>, <c>recovery</c>, <c>email</c>.</summary>
public enum SecondFactorMethod
{
    Totp,
    Recovery,
    Email,
}
