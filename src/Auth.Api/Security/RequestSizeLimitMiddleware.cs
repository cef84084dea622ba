using Microsoft.AspNetCore.Http.Features;

namespace Auth.Api.Security;

/// <summary>
/// Auth requests are small: bodies above the limit are refused with 413 before anything reads them
/// (declared lengths at once, chunked bodies when the server reads past the limit).
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _limit = configuration.GetValue("Api:MaxRequestBodyBytes", 16 * 1024L);

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _limit)
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = _limit;
        return next(context);
    }
}
