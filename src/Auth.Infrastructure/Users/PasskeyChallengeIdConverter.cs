using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

internal sealed class PasskeyChallengeIdConverter()
    : ValueConverter<PasskeyChallengeId, Guid>(id => id.Value, value => new PasskeyChallengeId(value));
