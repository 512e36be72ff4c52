using System.Text.Json;

namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>
/// Checks a request against Elastic's OpenAPI description of the REST API (../shared/elasticsearch/). What it checks:
/// <list type="bullet">
/// <item>the path matches a path template of the description (literal segments exactly, <c>{param}</c> segments any
/// value; the template with the most literal segments wins) and that template has an operation for the method;</item>
/// <item>every query parameter is declared for that operation (inline or through <c>$ref</c>), and boolean/number
/// parameters have a value of that kind;</item>
/// <item>a body is sent only to an operation that takes one, and a required body is there;</item>
/// <item>the JSON body, recursively: every property name exists in the schema (following <c>$ref</c>, merging
/// <c>allOf</c>, trying each <c>oneOf</c>/<c>anyOf</c> alternative or the one a <c>discriminator</c> names, free keys
/// only where <c>additionalProperties</c> allows them), JSON kinds (object, array, string, number, integer, boolean)
/// and string enums. This covers query clauses (bool, multi_match, match_phrase, term, range…), aggregation kinds
/// (terms, date_histogram), highlight, sort, point in time, mappings, analysis settings and alias actions;</item>
/// <item><c>_bulk</c> bodies line by line: each action line against <c>_global.bulk.OperationContainer</c>
/// (index/create/update/delete and their metadata: _id, version, version_type…); document lines are ours and are
/// not checked here.</item>
/// </list>
/// <see cref="ValidateResponse"/> applies the same check to response fixtures. <c>_types.ErrorCause</c> takes any extra
/// property, as its description says (the schema itself omits <c>additionalProperties</c>).
/// Not checked: <c>required</c> properties, min/max and patterns, formats. The serverless
/// description lists no operations for <c>/_cluster/health</c>; its documented GET with its query parameters is the
/// one request checked against a table here instead (see <see cref="ClassicOperations"/>).
/// </summary>
public sealed class OpenApiRequestValidator
{
    public const string EnvironmentVariable = "DIGITIZE_ELASTICSEARCH_OPENAPI";
    private const string FileName = "elasticsearch-serverless-openapi.json";

    // Operations outside the serverless profile, from the classic REST reference: (method, path) → query parameters.
    private static readonly Dictionary<(string, string), string[]> ClassicOperations = new()
    {
        [("GET", "/_cluster/health")] =
        [
            "expand_wildcards", "level", "local", "master_timeout", "timeout", "wait_for_active_shards", "wait_for_events",
            "wait_for_nodes", "wait_for_no_initializing_shards", "wait_for_no_relocating_shards", "wait_for_status",
        ],
    };

    private static readonly Lazy<OpenApiRequestValidator> LazyInstance = new(() => new OpenApiRequestValidator(Load()));

    private readonly JsonElement _root;
    private readonly List<(string Template, string[] Segments)> _templates;

    private OpenApiRequestValidator(JsonDocument document)
    {
        _root = document.RootElement;
        _templates = _root.GetProperty("paths").EnumerateObject()
            .Select(p => (p.Name, p.Name.Split('/', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    /// <summary>The description, loaded once (it is 4 MB).</summary>
    public static OpenApiRequestValidator Instance => LazyInstance.Value;

    /// <summary>The problems of one request; empty when it agrees with the description.</summary>
    public IReadOnlyList<string> Validate(string method, string path, IReadOnlyDictionary<string, string> query, string? body)
    {
        var problems = new List<string>();
        method = method.ToUpperInvariant();
        string request = $"{method} {path}";
        if (ClassicOperations.TryGetValue((method, path), out var classic))
        {
            problems.AddRange(query.Keys.Where(k => !classic.Contains(k)).Select(k => $"{request}: query parameter '{k}' is not documented"));
            if (!string.IsNullOrEmpty(body))
            {
                problems.Add($"{request}: takes no body");
            }
            return problems;
        }
        string? template = MatchTemplate(path);
        if (template is null)
        {
            return [$"{request}: no path template of the description matches"];
        }
        if (!_root.GetProperty("paths").GetProperty(template).TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            return [$"{request}: the description has no {method} operation on {template}"];
        }
        request = $"{method} {template}";
        var parameters = Parameters(operation);
        foreach (var (name, value) in query)
        {
            if (!parameters.TryGetValue(name, out var parameter) || parameter.GetProperty("in").GetString() != "query")
            {
                problems.Add($"{request}: query parameter '{name}' is not declared");
                continue;
            }
            if (parameter.TryGetProperty("schema", out var schema))
            {
                CheckParameterValue(request, name, value, Deref(schema), problems);
            }
        }
        CheckBody(request, template, operation, body, problems);
        return problems;
    }

    /// <summary>
    /// The problems of a response body (a fixture) against the operation's documented response for that status, with
    /// the same recursive check as request bodies (property names, kinds, enums).
    /// </summary>
    public IReadOnlyList<string> ValidateResponse(string method, string path, int status, string body)
    {
        string? template = MatchTemplate(path);
        if (template is null
            || !_root.GetProperty("paths").GetProperty(template).TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            return [$"{method} {path}: no such operation"];
        }
        if (!operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
        {
            return [$"{method} {template}: no documented {status} response"];
        }
        response = Deref(response);
        if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json))
        {
            return string.IsNullOrWhiteSpace(body) ? [] : [$"{method} {template}: the {status} response has no body"];
        }
        var problems = new List<string>();
        using var document = JsonDocument.Parse(body);
        Check(document.RootElement, json.GetProperty("schema"), $"{method} {template} → {status}", problems);
        return problems;
    }

    /// <summary>The problems of a JSON value against a schema of <c>components/schemas</c>.</summary>
    public IReadOnlyList<string> ValidateAgainstSchema(string schemaName, string json)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(json);
        Check(document.RootElement, _root.GetProperty("components").GetProperty("schemas").GetProperty(schemaName), schemaName, problems);
        return problems;
    }

    private string? MatchTemplate(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        string? best = null;
        int bestLiterals = -1;
        foreach (var (template, parts) in _templates)
        {
            if (parts.Length != segments.Length)
            {
                continue;
            }
            int literals = 0;
            bool matches = true;
            for (int i = 0; i < parts.Length && matches; i++)
            {
                if (parts[i].StartsWith('{'))
                {
                    // Names of indices, aliases and templates never start with '_'; API words do.
                    matches = !segments[i].StartsWith('_');
                }
                else
                {
                    matches = parts[i] == segments[i];
                    literals++;
                }
            }
            if (matches && literals > bestLiterals)
            {
                best = template;
                bestLiterals = literals;
            }
        }
        return best;
    }

    private Dictionary<string, JsonElement> Parameters(JsonElement operation)
    {
        var parameters = new Dictionary<string, JsonElement>();
        if (operation.TryGetProperty("parameters", out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                var parameter = Deref(item);
                parameters[parameter.GetProperty("name").GetString()!] = parameter;
            }
        }
        return parameters;
    }

    private static void CheckParameterValue(string request, string name, string value, JsonElement schema, List<string> problems)
    {
        string? type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        bool ok = type switch
        {
            "boolean" => value is "true" or "false",
            "number" => double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
            "integer" => long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
            _ => true,
        };
        if (!ok)
        {
            problems.Add($"{request}: query parameter '{name}={value}' is not a {type}");
        }
    }

    private void CheckBody(string request, string template, JsonElement operation, string? body, List<string> problems)
    {
        bool hasBody = !string.IsNullOrWhiteSpace(body);
        if (!operation.TryGetProperty("requestBody", out var requestBody))
        {
            if (hasBody)
            {
                problems.Add($"{request}: the operation takes no body");
            }
            return;
        }
        requestBody = Deref(requestBody);
        if (!hasBody)
        {
            if (requestBody.TryGetProperty("required", out var required) && required.GetBoolean())
            {
                problems.Add($"{request}: the body is required");
            }
            return;
        }
        if (template.EndsWith("/_bulk", StringComparison.Ordinal))
        {
            CheckBulk(request, body!, problems);
            return;
        }
        var schema = requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body!);
        }
        catch (JsonException ex)
        {
            problems.Add($"{request}: the body is not JSON: {ex.Message}");
            return;
        }
        using (document)
        {
            Check(document.RootElement, schema, request + " body", problems);
        }
    }

    private void CheckBulk(string request, string body, List<string> problems)
    {
        var container = _root.GetProperty("components").GetProperty("schemas").GetProperty("_global.bulk.OperationContainer");
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!body.EndsWith('\n'))
        {
            problems.Add($"{request}: an NDJSON bulk body must end with a newline");
        }
        for (int i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            var action = line.RootElement;
            if (action.ValueKind != JsonValueKind.Object || action.EnumerateObject().Count() != 1)
            {
                problems.Add($"{request}: line {i + 1} is not an action (one of index/create/update/delete)");
                continue;
            }
            Check(action, container, $"{request} line {i + 1}", problems);
            string kind = action.EnumerateObject().First().Name;
            if (kind is "index" or "create" or "update")
            {
                i++; // the document (or partial document) line
                if (i >= lines.Length)
                {
                    problems.Add($"{request}: the {kind} action on line {i} has no document line");
                }
            }
        }
    }

    private void Check(JsonElement value, JsonElement schema, string where, List<string> problems)
    {
        schema = Deref(schema);
        if (Alternatives(schema) is { } alternatives)
        {
            CheckAlternatives(value, schema, alternatives, where, problems);
            return;
        }
        var properties = new Dictionary<string, JsonElement>();
        JsonElement? additional = null;
        bool additionalAllowed = false;
        var types = new HashSet<string>();
        var enums = new List<string>();
        bool nullable = false;
        var nested = new List<JsonElement>();
        Collect(schema, properties, ref additional, ref additionalAllowed, types, enums, ref nullable, nested);
        foreach (var part in nested)
        {
            Check(value, part, where, problems);
        }
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable && types.Count > 0)
            {
                problems.Add($"{where}: null where {string.Join('/', types)} is expected");
            }
            return;
        }
        if (types.Count > 0 && !types.Any(t => KindMatches(value, t)))
        {
            problems.Add($"{where}: {value.ValueKind} where {string.Join('/', types)} is expected");
            return;
        }
        if (enums.Count > 0 && value.ValueKind == JsonValueKind.String && !enums.Contains(value.GetString()!))
        {
            problems.Add($"{where}: '{value.GetString()}' is not one of {string.Join(", ", enums)}");
        }
        // A schema without properties or additionalProperties (after merging allOf) is a free-form object.
        if (value.ValueKind == JsonValueKind.Object && (properties.Count > 0 || additional is not null))
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetValue(property.Name, out var propertySchema))
                {
                    Check(property.Value, propertySchema, $"{where}.{property.Name}", problems);
                }
                else if (additional is { } additionalSchema)
                {
                    Check(property.Value, additionalSchema, $"{where}.{property.Name}", problems);
                }
                else if (!additionalAllowed)
                {
                    problems.Add($"{where}: unknown property '{property.Name}' (known: {string.Join(", ", properties.Keys.Take(12))}{(properties.Count > 12 ? ", …" : "")})");
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            int index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{where}[{index++}]", problems);
            }
        }
    }

    private void CheckAlternatives(JsonElement value, JsonElement schema, List<JsonElement> alternatives, string where, List<string> problems)
    {
        if (schema.TryGetProperty("discriminator", out var discriminator) && value.ValueKind == JsonValueKind.Object)
        {
            string property = discriminator.GetProperty("propertyName").GetString()!;
            if (value.TryGetProperty(property, out var tag) && tag.ValueKind == JsonValueKind.String)
            {
                if (discriminator.TryGetProperty("mapping", out var mapping) && mapping.TryGetProperty(tag.GetString()!, out var target))
                {
                    Check(value, RefTarget(target.GetString()!), where, problems);
                }
                else
                {
                    problems.Add($"{where}: {property} '{tag.GetString()}' is not one the description knows");
                }
                return;
            }
        }
        List<string>? fewest = null;
        foreach (var alternative in alternatives)
        {
            var attempt = new List<string>();
            Check(value, alternative, where, attempt);
            if (attempt.Count == 0)
            {
                return;
            }
            if (fewest is null || attempt.Count < fewest.Count)
            {
                fewest = attempt;
            }
        }
        problems.Add($"{where}: matches none of the {alternatives.Count} alternatives; the nearest says: {string.Join(" | ", fewest ?? [])}");
    }

    private List<JsonElement>? Alternatives(JsonElement schema)
    {
        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var list))
            {
                return list.EnumerateArray().ToList();
            }
        }
        return null;
    }

    // Merges a schema and its allOf parts; a part that is itself a union is checked on its own (nested).
    private void Collect(JsonElement schema, Dictionary<string, JsonElement> properties, ref JsonElement? additional,
        ref bool additionalAllowed, HashSet<string> types, List<string> enums, ref bool nullable, List<JsonElement> nested)
    {
        schema = Deref(schema);
        if (Alternatives(schema) is not null)
        {
            nested.Add(schema);
            return;
        }
        if (schema.TryGetProperty("type", out var type))
        {
            types.Add(type.GetString()!);
        }
        if (schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True)
        {
            nullable = true;
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            enums.AddRange(values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        }
        if (schema.TryGetProperty("properties", out var own))
        {
            foreach (var property in own.EnumerateObject())
            {
                properties[property.Name] = property.Value;
            }
        }
        if (schema.TryGetProperty("additionalProperties", out var extra))
        {
            if (extra.ValueKind == JsonValueKind.Object)
            {
                additional = extra;
            }
            else if (extra.ValueKind == JsonValueKind.True)
            {
                additionalAllowed = true;
            }
        }
        // ErrorCause says in words what its schema leaves out: "Additional details are also provided, that depend on
        // the error type" (index_uuid, shard, resource.id…).
        if (schema.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
            && description.GetString()!.Contains("Additional details are also provided", StringComparison.Ordinal))
        {
            additionalAllowed = true;
        }
        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray())
            {
                Collect(part, properties, ref additional, ref additionalAllowed, types, enums, ref nullable, nested);
            }
        }
        if (properties.Count > 0 && additional is null && !additionalAllowed)
        {
            types.Add("object");
        }
    }

    private static bool KindMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => true,
    };

    private JsonElement Deref(JsonElement schema)
    {
        for (int guard = 0; schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); guard++)
        {
            if (guard > 50)
            {
                throw new InvalidOperationException($"$ref loop at {reference.GetString()}");
            }
            schema = RefTarget(reference.GetString()!);
        }
        return schema;
    }

    private JsonElement RefTarget(string reference)
    {
        // "#/components/schemas/_types.query_dsl.QueryContainer"
        var element = _root;
        foreach (string part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = element.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }
        return element;
    }

    private static JsonDocument Load()
    {
        // The repository's copy (Elasticsearch/OpenApi/, next to the tests), unless another one is named.
        string path = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : File.Exists(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "OpenApi", FileName))
                ? Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "OpenApi", FileName)
                : FindUpwards(Path.Combine("shared", "elasticsearch", FileName))
                  ?? throw new FileNotFoundException(
                      $"{FileName} was not found next to the tests nor in a shared/elasticsearch folder above {AppContext.BaseDirectory}; set {EnvironmentVariable} to its path");
        using var stream = File.OpenRead(path);
        return JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
    }

    private static string? FindUpwards(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
