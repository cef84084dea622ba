using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

internal sealed class PersonNameConverter()
    : ValueConverter<PersonName, string>(name => name.Value, value => PersonName.FromTrusted(value));
