using Auth.Domain.Primitives;

namespace Auth.Api.Errors;

internal static class ResultExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, HttpContext context, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error!.ToProblem(context);

    public static IResult ToHttp(this Result result, HttpContext context, Func<IResult> onSuccess) =>
        result.IsSuccess ? onSuccess() : result.Error!.ToProblem(context);
}
