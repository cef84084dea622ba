using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Api.OpenApi;
using Auth.Application.Users;
using Auth.Application.Users.UpdateProfile;
using Mediator;

namespace Auth.Api.Users;

internal static class UpdateProfileEndpoint
{
    public sealed record AvatarRequest(string? Url, [property: OptionalMember] string? PublicId, [property: OptionalMember] long? Size);

    public sealed record Request([property: OptionalMember] string? Name, [property: OptionalMember] AvatarRequest? Avatar);

    public static RouteHandlerBuilder MapUpdateProfile(this RouteGroupBuilder group) =>
        group.MapPatch("/", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new UpdateProfileCommand(
                        context.User.UserId(),
                        request.Name,
                        request.Avatar is { } a ? new AvatarDto(a.Url ?? "", a.PublicId, a.Size) : null),
                    ct))
                .ToHttp(context, user => TypedResults.Ok(user)))
            .WithSummary("Change the caller's name or avatar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<UserDto>();
}
