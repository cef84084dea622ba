using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Microsoft.Extensions.Logging;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>
/// The calls both providers make, with one way of failing: a refusal or a malformed answer is <c>provider_error</c>;
/// a timeout, a refused connection or a 5xx is <c>provider_unavailable</c>. Nothing is retried (an authorization code
/// is single use). Logs say which call failed and how, never a token or a code.
/// </summary>
internal static partial class OAuthHttp
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>The authorization-code grant with the PKCE verifier (RFC 6749 §4.1.3, RFC 7636 §4.5), client secret in the body.</summary>
    public static async Task<Result<OAuthTokenResponse>> RedeemCodeAsync(
        HttpClient http, string provider, OAuthProviderOptions options, OAuthCodeRedemption redemption, ILogger logger,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = redemption.Code,
                ["redirect_uri"] = redemption.CallbackUri.AbsoluteUri,
                ["client_id"] = options.ClientId!,
                ["client_secret"] = options.ClientSecret ?? "",
                ["code_verifier"] = redemption.CodeVerifier,
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var tokens = await SendAsync<OAuthTokenResponse>(http, request, provider, "token", logger, cancellationToken).ConfigureAwait(false);
        if (tokens.IsFailure) return tokens;
        if (tokens.Value.Error is { } error)
        {
            LogRefused(logger, provider, "token", Printable(error));
            return AccountErrors.ProviderError;
        }

        if (string.IsNullOrEmpty(tokens.Value.AccessToken))
        {
            LogMalformed(logger, provider, "token", "no access_token");
            return AccountErrors.ProviderError;
        }

        return tokens;
    }

    /// <summary>A GET with the provider's access token as bearer, read as JSON.</summary>
    public static async Task<Result<T>> GetJsonAsync<T>(
        HttpClient http, string provider, string call, string endpoint, string accessToken, ILogger logger, CancellationToken cancellationToken,
        Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        headers?.Invoke(request.Headers);
        return await SendAsync<T>(http, request, provider, call, logger, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Result<T>> SendAsync<T>(
        HttpClient http, HttpRequestMessage request, string provider, string call, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var code = await ErrorCodeOf(response, cancellationToken).ConfigureAwait(false);
                LogStatus(logger, provider, call, (int)response.StatusCode, code);
                return (int)response.StatusCode >= 500 ? AccountErrors.ProviderUnavailable : AccountErrors.ProviderError;
            }

            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false);
            if (value is not null) return value;
            LogMalformed(logger, provider, call, "empty body");
            return AccountErrors.ProviderError;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, provider, call, http.Timeout.TotalSeconds);
            return AccountErrors.ProviderUnavailable;
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, provider, call, exception.HttpRequestError.ToString());
            return AccountErrors.ProviderUnavailable;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            LogMalformed(logger, provider, call, "not the expected JSON");
            return AccountErrors.ProviderError;
        }
    }

    /// <summary>The <c>error</c> member of an error body, if it has one, for the log.</summary>
    private static async Task<string> ErrorCodeOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? Printable(error.GetString()!)
                : "-";
        }
        catch (JsonException)
        {
            return "-";
        }
    }

    private static string Printable(string value) =>
        new(value.Take(64).Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '?').ToArray());

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Call} call answered {Status} ({ErrorCode})")]
    private static partial void LogStatus(ILogger logger, string provider, string call, int status, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Call} call refused the request: {ErrorCode}")]
    private static partial void LogRefused(ILogger logger, string provider, string call, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Call} call answered something unexpected: {What}")]
    private static partial void LogMalformed(ILogger logger, string provider, string call, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Call} call timed out after {TimeoutSeconds} s")]
    private static partial void LogTimedOut(ILogger logger, string provider, string call, double timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Call} call could not reach the provider ({Reason})")]
    private static partial void LogUnreachable(ILogger logger, string provider, string call, string reason);
}
