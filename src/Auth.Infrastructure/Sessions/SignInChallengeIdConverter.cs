using Auth.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Sessions;

internal sealed class SignInChallengeIdConverter()
    : ValueConverter<SignInChallengeId, Guid>(id => id.Value, value => new SignInChallengeId(value));
