using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using StreamJsonRpc;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// Checks a message's <c>params</c> against the parameter type of the server method it names, with a
/// forward-only reader, and says what is wrong in the client's terms ("textDocument/hover: params.position
/// must be an object"), where System.Text.Json and StreamJsonRpc would name .NET types. It accepts all that
/// the serializer accepts (camelCase names matched case-insensitively, numbers in strings, unknown members),
/// so it never refuses a message the server would have read; a member that is missing or null is noted, not
/// refused, since handlers tolerate some of them.
/// </summary>
internal sealed class ParamsShape
{
    private static readonly NullabilityInfoContext Nullability = new();
    private readonly Dictionary<string, (Type? Type, bool Optional)> _methods = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property, bool Nullable)[]> _members = new();

    /// <summary>The methods of <paramref name="target"/> marked with <see cref="JsonRpcMethodAttribute"/>.</summary>
    public ParamsShape(Type target)
    {
        foreach (var method in target.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name is not { } name)
            {
                continue;
            }

            var parameter = method.GetParameters().FirstOrDefault(p => p.ParameterType != typeof(CancellationToken));
            _methods[name] = (parameter?.ParameterType, parameter is null || parameter.HasDefaultValue);
        }
    }

    /// <summary>
    /// For a method of the server: the reason its params cannot be read (<c>Error</c>), or the first member
    /// that is missing or null although its type says it is required (<c>Missing</c>); both null when fine
    /// or when the method is not the server's.
    /// </summary>
    /// <param name="parameters">The JSON of <c>params</c>; empty when the member is absent.</param>
    public (string? Error, string? Missing) Check(string method, ReadOnlySpan<byte> parameters)
    {
        if (!_methods.TryGetValue(method, out var expected))
        {
            return (null, null);
        }

        var reader = new Utf8JsonReader(parameters);
        var absent = parameters.IsEmpty || (reader.Read() && reader.TokenType == JsonTokenType.Null);
        if (expected.Type is null)
        {
            // StreamJsonRpc reads "no arguments" from nothing, null, {} and [].
            return absent || IsEmptyContainer(parameters) ? (null, null) : ($"{method}: takes no params", null);
        }

        if (IsAnything(expected.Type))
        {
            return (null, null);
        }

        if (absent)
        {
            return expected.Optional ? (null, null) : ($"{method}: params must be an object", null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // LSP passes params by name; a positional array is not read as the object.
            return ($"{method}: params must be an object", null);
        }

        string? missing = null;
        var error = CheckValue(ref reader, expected.Type, "params", ref missing);
        return (error is null ? null : $"{method}: {error}", missing is null ? null : $"{method}: {missing} is missing or null");
    }

    private static bool IsEmptyContainer(ReadOnlySpan<byte> parameters)
    {
        var reader = new Utf8JsonReader(parameters);
        return reader.Read() && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
            && reader.Read() && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
    }

    private static bool IsAnything(Type type) =>
        type == typeof(object) || type == typeof(JsonElement) || type == typeof(JsonElement?);

    // The reader is on the value's first token; on return, on its last.
    private string? CheckValue(ref Utf8JsonReader reader, Type type, string path, ref string? missing)
    {
        if (IsAnything(type))
        {
            reader.Skip();
            return null;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return type.IsValueType && underlying is null ? $"{path} must be {Describe(type)}" : null;
        }

        type = underlying ?? type;
        if (type == typeof(int))
        {
            return IsInt(ref reader) ? null : $"{path} must be an integer";
        }

        if (type == typeof(bool))
        {
            return reader.TokenType is JsonTokenType.True or JsonTokenType.False ? null : $"{path} must be true or false";
        }

        if (type == typeof(string))
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return null;
            }

            reader.Skip();
            return $"{path} must be a string";
        }

        if (type.IsArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return $"{path} must be an array";
            }

            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (CheckValue(ref reader, type.GetElementType()!, $"{path}[{index++}]", ref missing) is { } error)
                {
                    return error;
                }
            }

            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return $"{path} must be an object";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var values = type.GetGenericArguments()[1];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                if (CheckValue(ref reader, values, $"{path}[{JsonSerializer.Serialize(key)}]", ref missing) is { } error)
                {
                    return error;
                }
            }

            return null;
        }

        return CheckObject(ref reader, type, path, ref missing);
    }

    private string? CheckObject(ref Utf8JsonReader reader, Type type, string path, ref string? missing)
    {
        var members = Members(type);
        var present = new bool[members.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var index = Array.FindIndex(members, m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            present[index] = reader.TokenType != JsonTokenType.Null;
            if (CheckValue(ref reader, members[index].Property.PropertyType, $"{path}.{members[index].Name}", ref missing) is { } error)
            {
                return error;
            }
        }

        for (var i = 0; i < members.Length && missing is null; i++)
        {
            if (!present[i] && !members[i].Nullable)
            {
                missing = $"{path}.{members[i].Name}";
            }
        }

        return null;
    }

    // What STJ's Int32 converter reads, with JsonSerializerDefaults.Web's numbers in strings.
    private static bool IsInt(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetInt32(out _),
        JsonTokenType.String => int.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        _ => SkipAndFail(ref reader),
    };

    private static bool SkipAndFail(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return false;
    }

    private static string Describe(Type type) =>
        type == typeof(int) ? "an integer" : type == typeof(bool) ? "true or false" : "a value";

    private (string Name, PropertyInfo Property, bool Nullable)[] Members(Type type) =>
        _members.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p, IsNullable(p)))]);

    // A value type is never missing (STJ leaves it at its default); a reference type is when not annotated nullable.
    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType || Nullability.Create(property).ReadState != NullabilityState.NotNull;
}
