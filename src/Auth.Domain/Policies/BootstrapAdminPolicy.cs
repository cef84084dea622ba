namespace Auth.Domain.Policies;

/// <summary>The first administrator: the account with the configured email gets the admin role once it proves the mailbox.</summary>
public sealed record BootstrapAdminPolicy(string? AdminEmail)
{
    public bool AppliesTo(string email) =>
        !string.IsNullOrWhiteSpace(AdminEmail)
        && string.Equals(AdminEmail.Trim(), email, StringComparison.OrdinalIgnoreCase);
}
