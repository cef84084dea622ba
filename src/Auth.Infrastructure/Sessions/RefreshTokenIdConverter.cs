using Auth.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Sessions;

internal sealed class RefreshTokenIdConverter()
    : ValueConverter<RefreshTokenId, Guid>(id => id.Value, value => new RefreshTokenId(value));
