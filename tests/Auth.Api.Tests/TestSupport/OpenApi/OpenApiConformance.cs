using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Auth.Api.Tests.TestSupport.OpenApi;

/// <summary>
/// Checks answers against the service's OpenAPI document the way a validating proxy would: the status must be one the
/// operation documents, and a JSON body must have a documented media type and match its schema (JSON Schema 2020-12,
/// evaluated by JsonSchema.Net). Answers to paths or methods the document has no operation for (unknown routes, the
/// health checks, the document itself) are not its business.
/// </summary>
public sealed partial class OpenApiConformance(JsonNode document)
{
    private const string ComponentsPrefix = "#/components/schemas/";
    private readonly JsonObject _definitions = Rewrite(document["components"]?["schemas"] ?? new JsonObject()).AsObject();
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly List<(Regex Pattern, int Parameters, JsonObject Operations)> _paths = document["paths"]!.AsObject()
        .Select(p => (Template(p.Key, p.Value!.AsObject()), p.Key.Count(c => c == '{'), p.Value!.AsObject()))
        .OrderBy(p => p.Item2)
        .ToList();

    public IEnumerable<string> Violations(RecordedAnswer answer)
    {
        var operation = _paths.Where(p => p.Pattern.IsMatch(answer.Path))
            .Select(p => p.Operations[answer.Method.ToLowerInvariant()])
            .FirstOrDefault(o => o is not null);
        if (operation is null) yield break;

        var responses = operation["responses"]!.AsObject();
        var status = answer.Status.ToString(CultureInfo.InvariantCulture);
        var response = responses[status] ?? responses[$"{status[0]}XX"] ?? responses["default"];
        if (response is null)
        {
            yield return $"{answer}: status {status} is not documented (documented: {string.Join(", ", responses.Select(r => r.Key))})";
            yield break;
        }

        var mediaType = answer.ContentType?.Split(';')[0].Trim();
        if (answer.Body.Length == 0 || mediaType is null || !mediaType.EndsWith("json", StringComparison.Ordinal)) yield break;

        var content = response["content"]?.AsObject();
        var schemaNode = content?[mediaType]?["schema"];
        if (schemaNode is null)
        {
            yield return $"{answer}: a {mediaType} body is not documented for {status} (documented: {string.Join(", ", content?.Select(c => c.Key) ?? [])})";
            yield break;
        }

        using var body = JsonDocument.Parse(answer.Body);
        var result = SchemaFor(schemaNode).Evaluate(body.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) yield break;
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .Take(5);
        yield return $"{answer}: the body does not match its schema: {string.Join("; ", errors)} — body: {Shorten(answer.Body)}";
    }

    private JsonSchema SchemaFor(JsonNode schema) => _schemas.GetOrAdd(schema.ToJsonString(), key =>
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _definitions.DeepClone(),
            ["allOf"] = new JsonArray(Rewrite(JsonNode.Parse(key)!)),
        };
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    /// <summary>The document's <c>#/components/schemas/X</c> references, pointed at <c>#/$defs/X</c> of the schema built here.</summary>
    private static JsonNode Rewrite(JsonNode node) =>
        JsonNode.Parse(node.ToJsonString().Replace($"\"{ComponentsPrefix}", "\"#/$defs/", StringComparison.Ordinal))!;

    /// <summary>
    /// The path template as a pattern: a <c>uuid</c> parameter matches only a GUID, as the route constraint does (the
    /// router answers anything else as an unknown route).
    /// </summary>
    private static Regex Template(string path, JsonObject operations)
    {
        var uuids = operations.SelectMany(o => o.Value?["parameters"]?.AsArray() ?? [])
            .Where(p => p?["in"]?.GetValue<string>() == "path" && p["schema"]?["format"]?.GetValue<string>() == "uuid")
            .Select(p => p!["name"]!.GetValue<string>())
            .ToHashSet();
        var pattern = ParameterPattern().Replace(Regex.Escape(path).Replace("\\{", "{", StringComparison.Ordinal), m =>
            uuids.Contains(m.Value[1..^1]) ? "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}" : "[^/]+");
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant);
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : $"{text[..400]}…";

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex ParameterPattern();
}
