using Auth.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Sessions;

internal sealed class SessionIdConverter() : ValueConverter<SessionId, Guid>(id => id.Value, value => new SessionId(value));
