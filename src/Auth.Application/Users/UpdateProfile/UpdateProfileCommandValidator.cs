using Auth.Application.Validation;
using Auth.Domain.Users;
using FluentValidation;

namespace Auth.Application.Users.UpdateProfile;

public sealed class UpdateProfileCommandValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        RuleFor(c => c.Name!).ValidName().When(c => c.Name is not null);
        RuleFor(c => c.Avatar)
            .Must(a => Avatar.Create(a!.Url, a.PublicId, a.Size).IsSuccess)
            .When(c => c.Avatar is not null)
            .WithMessage(UserErrors.AvatarInvalid.Description);
    }
}
