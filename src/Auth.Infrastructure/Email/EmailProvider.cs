namespace Auth.Infrastructure.Email;

internal enum EmailProvider
{
    /// <summary>Writes <c>.eml</c> files into a directory: development, tests, or a mail relay that watches it.</summary>
    Pickup,

    Smtp,
}
