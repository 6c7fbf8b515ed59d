using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>Turns the rules JSON into <see cref="PlausibilityRules"/>, checking all of it and reporting every problem at once.</summary>
internal static class PlausibilityRulesReader
{
    private static readonly FrozenSet<string> NumericAttributeNames = FrozenSet.Create(
        StringComparer.Ordinal,
        NumericAttributes.Height, NumericAttributes.ShoulderHeight, NumericAttributes.BodyLength, NumericAttributes.TailLength,
        NumericAttributes.Weight, NumericAttributes.Yield, NumericAttributes.Lifespan, NumericAttributes.Gestation,
        NumericAttributes.LitterSize, NumericAttributes.Age, NumericAttributes.Speed, NumericAttributes.Elevation,
        NumericAttributes.Distance, NumericAttributes.Area, NumericAttributes.Population, NumericAttributes.Count,
        NumericAttributes.Percentage, NumericAttributes.Other);

    private static readonly FrozenSet<string> OrganismGroups = FrozenSet.Create(
        StringComparer.Ordinal, "mammal", "bird", "reptile", "amphibian", "fish", "invertebrate", "unknown");

    public static PlausibilityRules Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var problems = new List<string>();
            var root = new RuleJson(document.RootElement, "", problems);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{source} must hold one JSON object with the rule sections; see models/plausibility-rules.md.");
            }

            var rules = new PlausibilityRules(
                Tolerance(root.Object("tolerance")),
                Bounds(root.Object("boundQualifiers")),
                Classes(root),
                NumericConflict(root.Object("numericConflict")),
                CategoricalConflicts(root),
                UnitSlip(root.Object("unitSlip")),
                ShoulderRatio(root.Object("shoulderHeightRatio")),
                Allometry(root.Object("massLengthAllometry")),
                AbsoluteBounds(root.Object("absoluteBounds")));
            var duplicates = rules.RuleNames.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key);
            problems.AddRange(duplicates.Select(d => $"rule name \"{d}\" is used twice: each rule needs its own stable name."));
            if (problems.Count > 0)
            {
                throw new InvalidDataException(
                    $"{source} has {problems.Count} problem(s); fix each and load again (models/plausibility-rules.md describes every field):" +
                    Environment.NewLine + string.Join(Environment.NewLine, problems.Select((p, i) => $"  {i + 1}. {p}")));
            }

            return rules;
        }
    }

    private static ToleranceOptions Tolerance(RuleJson json)
    {
        var approximate = json.Number("approximate", 0, 0.9);
        var exact = json.Number("exact", 0, 0.9);
        if (exact > approximate)
        {
            json.Problem("exact", "must not exceed tolerance.approximate: a stated value is at least as precise as an approximate one.");
        }

        return new ToleranceOptions(approximate, exact);
    }

    private static BoundQualifierOptions Bounds(RuleJson json) =>
        new(json.StringSet("upper"), json.StringSet("lower"), json.StringSet("approximate"));

    private static ImmutableArray<QualifierClass> Classes(RuleJson root)
    {
        var classes = ImmutableArray.CreateBuilder<QualifierClass>();
        foreach (var json in root.Objects("qualifierClasses"))
        {
            var name = json.String("name");
            var values = json.Strings("values", allowEmpty: true);
            Regex? pattern = null;
            if (json.Raw("pattern").ValueKind != JsonValueKind.Undefined)
            {
                try
                {
                    pattern = new Regex(json.String("pattern"), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    json.Problem("pattern", $"is not a valid regular expression: {e.Message}");
                }
            }

            if (values.Count == 0 && pattern is null)
            {
                json.Problem("values", "a class needs values or a pattern that recognises them.");
            }

            var absent = json.Strings("whenAbsent", allowEmpty: true);
            foreach (var a in absent.Where(a => !values.Contains(a) && !(pattern?.IsMatch(a) ?? false)))
            {
                json.Problem("whenAbsent", $"\"{a}\" is not one of this class's values.");
            }

            classes.Add(new QualifierClass(name, values.ToFrozenSet(StringComparer.Ordinal), pattern, absent.ToFrozenSet(StringComparer.Ordinal)));
        }

        var shared = classes.SelectMany(c => c.Values.Select(v => (v, c.Name))).GroupBy(x => x.v).Where(g => g.Count() > 1);
        foreach (var value in shared)
        {
            root.Problem("qualifierClasses", $"\"{value.Key}\" belongs to several classes ({string.Join(", ", value.Select(x => x.Name))}); give it one.");
        }

        return classes.ToImmutable();
    }

    private static NumericConflictOptions NumericConflict(RuleJson json) => new(json.Name(), Attributes(json, "attributes"));

    private static ImmutableArray<CategoricalConflictOptions> CategoricalConflicts(RuleJson root)
    {
        var rules = ImmutableArray.CreateBuilder<CategoricalConflictOptions>();
        foreach (var json in root.Objects("categoricalConflicts"))
        {
            var name = json.Name();
            var attribute = json.String("attribute");
            if (!CategoricalVocabulary.CategoriesByAttribute.TryGetValue(attribute, out var categories))
            {
                json.Problem("attribute", $"\"{attribute}\" is not a categorical attribute of the contract ({string.Join(", ", CategoricalVocabulary.CategoriesByAttribute.Keys)}).");
                categories = FrozenSet<string>.Empty;
            }

            var all = json.Boolean("allDistinctExclusive", false);
            var pairs = ImmutableArray.CreateBuilder<(string, string)>();
            if (!all)
            {
                var raw = json.Raw("exclusivePairs");
                foreach (var pair in raw.ValueKind == JsonValueKind.Array ? raw.EnumerateArray().ToList() : [])
                {
                    var items = pair.ValueKind == JsonValueKind.Array ? pair.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
                    if (items.Count != 2 || items.Any(i => !categories.Contains(i)))
                    {
                        json.Problem("exclusivePairs", $"{pair.GetRawText()} must be two categories of {attribute} ({string.Join(", ", categories.Order())}).");
                        continue;
                    }

                    pairs.Add((items[0], items[1]));
                }

                if (pairs.Count == 0)
                {
                    json.Problem("exclusivePairs", "give at least one pair of categories that exclude each other, or set allDistinctExclusive to true.");
                }
            }

            rules.Add(new CategoricalConflictOptions(name, attribute, all, pairs.ToImmutable(), json.Boolean("sameAuthority", false), json.Boolean("sameYear", false)));
        }

        return rules.ToImmutable();
    }

    private static UnitSlipOptions UnitSlip(RuleJson json)
    {
        var name = json.Name();
        var factors = json.Numbers("factors");
        if (factors.Any(f => f <= 1))
        {
            json.Problem("factors", "every factor must be greater than 1.");
        }

        var within = json.Number("within", 1.01, 3);
        if (factors.Count > 1 && factors.Order().Zip(factors.Order().Skip(1)).Any(p => p.Second / p.First < within * within))
        {
            json.Problem("within", "is so wide that the windows around two factors overlap; narrow it or space the factors further apart.");
        }

        return new UnitSlipOptions(name, [.. factors.Order()], within, Attributes(json, "attributes"));
    }

    private static ShoulderHeightRatioOptions ShoulderRatio(RuleJson json)
    {
        var name = json.Name();
        var min = json.Number("min", 0, 1);
        var max = json.Number("max", 0.1, 2);
        if (min >= max)
        {
            json.Problem("min", "must be below max.");
        }

        var longNeckedMin = json.Number("longNeckedMin", 0, 1);
        if (longNeckedMin > min)
        {
            json.Problem("longNeckedMin", "must not exceed min: long necks lower the ratio.");
        }

        return new ShoulderHeightRatioOptions(name, min, max, json.StringSet("longNeckedHeads", allowEmpty: true), longNeckedMin, Groups(json));
    }

    private static MassLengthAllometryOptions Allometry(RuleJson json)
    {
        var name = json.Name();
        var margin = json.Number("margin", 1, 10);
        var calibration = ImmutableArray.CreateBuilder<AllometryCalibration>();
        foreach (var entry in json.Objects("calibration"))
        {
            var species = entry.String("species");
            var source = entry.String("source");
            var mass = entry.Number("massKg", 1e-6, 2e5);
            var body = entry.OptionalNumber("bodyLengthM", 1e-3);
            var shoulder = entry.OptionalNumber("shoulderHeightM", 1e-3);
            var height = entry.OptionalNumber("heightM", 1e-3);
            if (body is null && shoulder is null && height is null)
            {
                entry.Problem("bodyLengthM", "give at least one of bodyLengthM, shoulderHeightM, heightM for this species.");
            }

            calibration.Add(new AllometryCalibration(species, source, mass, body, shoulder, height));
        }

        var options = new MassLengthAllometryOptions(name, margin, Groups(json), calibration.ToImmutable());
        foreach (var attribute in new[] { NumericAttributes.BodyLength, NumericAttributes.ShoulderHeight, NumericAttributes.Height })
        {
            if (calibration.Count > 0 && options.BandFor(attribute) is null)
            {
                json.Problem("calibration", $"no species gives a length for {attribute}; add one so its band can be derived.");
            }
        }

        return options;
    }

    private static AbsoluteBoundOptions AbsoluteBounds(RuleJson json)
    {
        var name = json.Name();
        var bounds = ImmutableArray.CreateBuilder<AttributeBound>();
        foreach (var entry in json.Objects("bounds"))
        {
            var attribute = entry.String("attribute");
            if (attribute.Length > 0 && !NumericAttributeNames.Contains(attribute))
            {
                entry.Problem("attribute", $"\"{attribute}\" is not a numeric attribute of the contract.");
            }

            var factor = UnitFactor(entry);
            var min = entry.OptionalNumber("min", 0) * factor;
            var max = entry.OptionalNumber("max", 0) * factor;
            if (min is null && max is null)
            {
                entry.Problem("max", "give max, min or both.");
            }
            else if (min >= max)
            {
                entry.Problem("min", "must be below max.");
            }

            bounds.Add(new AttributeBound(attribute, min, max, entry.String("reference")));
        }

        return new AbsoluteBoundOptions(name, bounds.ToImmutable());
    }

    /// <summary>Bounds are written in a readable unit (years, tonnes, km/h) and kept in SI.</summary>
    private static double UnitFactor(RuleJson entry)
    {
        var unit = entry.String("unit");
        double? factor = unit switch
        {
            "m" or "kg" or "s" or "m/s" or "1" => 1,
            "t" => 1000,
            "year" => 365.25 * 86400,
            "day" => 86400,
            "km/h" => 1000.0 / 3600,
            "" => 1,
            _ => null,
        };
        if (factor is null)
        {
            entry.Problem("unit", $"\"{unit}\" is not a unit bounds may use (m, kg, t, s, day, year, m/s, km/h, 1).");
        }

        return factor ?? 1;
    }

    private static FrozenSet<string> Attributes(RuleJson json, string name)
    {
        var attributes = json.StringSet(name);
        foreach (var unknown in attributes.Where(a => !NumericAttributeNames.Contains(a)).Order())
        {
            json.Problem(name, $"\"{unknown}\" is not a numeric attribute of the contract ({string.Join(", ", NumericAttributeNames.Order())}).");
        }

        return attributes;
    }

    private static FrozenSet<string> Groups(RuleJson json)
    {
        var groups = json.StringSet("appliesTo");
        foreach (var unknown in groups.Where(g => !OrganismGroups.Contains(g)).Order())
        {
            json.Problem("appliesTo", $"\"{unknown}\" is not an animal group ({string.Join(", ", OrganismGroups.Order())}).");
        }

        return groups;
    }
}
