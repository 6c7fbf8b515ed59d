using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactMiner.Core.Reconciliation;

/// <summary>A JSON object of the rules file with its path, recording every problem instead of stopping at the first.</summary>
internal readonly partial struct RuleJson(JsonElement element, string path, List<string> problems)
{
    public string Path => path;

    public List<string> Problems => problems;

    public bool Exists => element.ValueKind != JsonValueKind.Undefined;

    public RuleJson Object(string name)
    {
        var child = Child(name);
        if (child.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{At(name)}: expected an object, found {Describe(child)}.");

            // Its fields are then all missing too; saying so once is enough.
            return new RuleJson(default, At(name), []);
        }

        return new RuleJson(child, At(name), problems);
    }

    public IEnumerable<RuleJson> Objects(string name)
    {
        var child = Child(name);
        if (child.ValueKind != JsonValueKind.Array || child.GetArrayLength() == 0)
        {
            problems.Add($"{At(name)}: expected a non-empty array of objects, found {Describe(child)}.");
            yield break;
        }

        var i = 0;
        foreach (var item in child.EnumerateArray())
        {
            var itemPath = $"{At(name)}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{itemPath}: expected an object, found {Describe(item)}.");
                continue;
            }

            yield return new RuleJson(item, itemPath, problems);
        }
    }

    public string String(string name)
    {
        var child = Child(name);
        if (child.ValueKind == JsonValueKind.String && child.GetString() is { Length: > 0 } value)
        {
            return value;
        }

        problems.Add($"{At(name)}: expected a non-empty string, found {Describe(child)}.");
        return "";
    }

    /// <summary>A rule name: stable kebab-case, since flags carry it to users and stored facts.</summary>
    public string Name()
    {
        var name = String("name");
        if (name.Length > 0 && !KebabCase().IsMatch(name))
        {
            problems.Add($"{At("name")}: \"{name}\" is not kebab-case (lowercase words joined by '-', e.g. \"unit-slip\").");
        }

        // A curator must be able to read why a rule fires: String() records a missing rationale as a problem.
        _ = String("rationale");
        return name;
    }

    public double Number(string name, double? min = null, double? max = null)
    {
        var child = Child(name);
        if (child.ValueKind != JsonValueKind.Number || !child.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            problems.Add($"{At(name)}: expected a number, found {Describe(child)}.");
            return double.NaN;
        }

        if ((min is { } lo && value < lo) || (max is { } hi && value > hi))
        {
            problems.Add($"{At(name)}: {value.ToString(CultureInfo.InvariantCulture)} is outside {Range(min, max)}.");
        }

        return value;
    }

    public double? OptionalNumber(string name, double? min = null)
    {
        var child = Child(name);
        if (child.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        return Number(name, min);
    }

    public bool Boolean(string name, bool whenAbsent)
    {
        var child = Child(name);
        return child.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Undefined => whenAbsent,
            _ => Fail(name, "true or false", child, whenAbsent),
        };
    }

    public List<string> Strings(string name, bool allowEmpty = false)
    {
        var child = Child(name);
        if (child.ValueKind != JsonValueKind.Array || (!allowEmpty && child.GetArrayLength() == 0))
        {
            problems.Add($"{At(name)}: expected {(allowEmpty ? "an" : "a non-empty")} array of strings, found {Describe(child)}.");
            return [];
        }

        var values = new List<string>();
        foreach (var item in child.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
            {
                values.Add(s);
            }
            else
            {
                problems.Add($"{At(name)}: every item must be a non-empty string, found {Describe(item)}.");
            }
        }

        return values;
    }

    public List<double> Numbers(string name)
    {
        var child = Child(name);
        if (child.ValueKind != JsonValueKind.Array || child.GetArrayLength() == 0)
        {
            problems.Add($"{At(name)}: expected a non-empty array of numbers, found {Describe(child)}.");
            return [];
        }

        var values = new List<double>();
        foreach (var item in child.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var v))
            {
                values.Add(v);
            }
            else
            {
                problems.Add($"{At(name)}: every item must be a number, found {Describe(item)}.");
            }
        }

        return values;
    }

    public FrozenSet<string> StringSet(string name, bool allowEmpty = false) =>
        Strings(name, allowEmpty).ToFrozenSet(StringComparer.Ordinal);

    public void Problem(string relative, string message) => problems.Add($"{At(relative)}: {message}");

    public JsonElement Raw(string name) => Child(name);

    private JsonElement Child(string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;

    private string At(string name) => path.Length == 0 ? name : $"{path}.{name}";

    private bool Fail(string name, string expected, JsonElement found, bool fallback)
    {
        problems.Add($"{At(name)}: expected {expected}, found {Describe(found)}.");
        return fallback;
    }

    private static string Range(double? min, double? max) =>
        $"[{min?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}, {max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}]";

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => "nothing (the key is missing)",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
