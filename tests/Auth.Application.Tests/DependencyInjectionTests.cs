using Auth.Application.OneTimePasswords;
using Auth.Application.Sessions;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Application.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddApplication_RegistersEveryValidatorAndTheSharedServices()
    {
        var services = new ServiceCollection().AddApplication();

        var validated = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, BaseType.IsGenericType: true }
                && t.BaseType.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToList();
        Assert.NotEmpty(validated);
        Assert.All(validated, message => Assert.Contains(services, d => d.ServiceType == typeof(IValidator<>).MakeGenericType(message)));
        Assert.All([typeof(SessionStarter), typeof(OtpSender), typeof(OtpVerifier)], service =>
            Assert.Contains(services, d => d.ServiceType == service && d.Lifetime == ServiceLifetime.Scoped));
    }
}
