using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

internal sealed class PasskeyIdConverter() : ValueConverter<PasskeyId, Guid>(id => id.Value, value => new PasskeyId(value));
