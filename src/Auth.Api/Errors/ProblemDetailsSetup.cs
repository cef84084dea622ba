namespace Auth.Api.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every problem response carries a <c>code</c>, a title and a type, and never an exception.</summary>
    public static IServiceCollection AddAuthProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Status = status;
            problem.Title ??= ProblemTitles.For(status);
            if (!problem.Extensions.ContainsKey("code")) problem.Extensions["code"] = ProblemTitles.CodeFor(status);
            problem.Type = ProblemTitles.TypeFor((string)problem.Extensions["code"]!);
            problem.Detail ??= problem.Title;
            problem.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        return services;
    }
}
