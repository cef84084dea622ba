using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

/// <summary>Stores an email as its normalised (trimmed, lower-cased) text; stored values were validated when written.</summary>
internal sealed class EmailAddressConverter()
    : ValueConverter<EmailAddress, string>(email => email.Value, value => EmailAddress.FromTrusted(value));
