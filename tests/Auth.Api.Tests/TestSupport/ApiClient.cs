using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Auth.Api.Tests.TestSupport;

/// <summary>A thin client for the contract: JSON in, status and JSON out.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }

    public Task<ApiResponse> PostAsync(string path, object? body = null, string? bearer = null) => SendAsync(HttpMethod.Post, path, body, bearer);

    public Task<ApiResponse> GetAsync(string path, string? bearer = null) => SendAsync(HttpMethod.Get, path, null, bearer);
}

public sealed record ApiResponse(HttpStatusCode Status, JsonNode? Json, string Body, HttpResponseHeaders Headers, string? ContentType)
{
    public string? Code => Json?["code"]?.GetValue<string>();

    public string Get(string path) => Select(path)?.ToString() ?? throw new InvalidOperationException($"No '{path}' in {Body}");

    public JsonNode? Select(string path) => path.Split('.').Aggregate(Json, (node, key) => node?[key]);

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try { json = body.Length > 0 ? JsonNode.Parse(body) : null; } catch (JsonException) { }
        return new ApiResponse(response.StatusCode, json, body, response.Headers, response.Content.Headers.ContentType?.MediaType);
    }
}
