namespace Auth.Domain.Users;

public enum PasskeyCeremony
{
    Registration,
    SignIn,
}
