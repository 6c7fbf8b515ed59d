using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>The reconciliation rules, read from a curator-editable JSON file (<c>models/plausibility-rules.json</c>,
/// documented in <c>models/plausibility-rules.md</c>) and validated once when loaded.</summary>
public sealed class PlausibilityRules
{
    private const string ResourceName = "FactMiner.Core.plausibility-rules.json";

    private static readonly Lazy<PlausibilityRules> Embedded = new(() =>
    {
        using var stream = typeof(PlausibilityRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded rules resource {ResourceName} is missing from {typeof(PlausibilityRules).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "models/plausibility-rules.json (embedded)");
    });

    internal PlausibilityRules(
        ToleranceOptions tolerance,
        BoundQualifierOptions boundQualifiers,
        ImmutableArray<QualifierClass> qualifierClasses,
        NumericConflictOptions numericConflict,
        ImmutableArray<CategoricalConflictOptions> categoricalConflicts,
        UnitSlipOptions unitSlip,
        ShoulderHeightRatioOptions shoulderHeightRatio,
        MassLengthAllometryOptions massLengthAllometry,
        AbsoluteBoundOptions absoluteBounds)
    {
        Tolerance = tolerance;
        BoundQualifiers = boundQualifiers;
        QualifierClasses = qualifierClasses;
        NumericConflict = numericConflict;
        CategoricalConflicts = categoricalConflicts;
        UnitSlip = unitSlip;
        ShoulderHeightRatio = shoulderHeightRatio;
        MassLengthAllometry = massLengthAllometry;
        AbsoluteBounds = absoluteBounds;
    }

    /// <summary>The rules shipped with the build (<c>models/plausibility-rules.json</c>, embedded).</summary>
    public static PlausibilityRules Default => Embedded.Value;

    public ToleranceOptions Tolerance { get; }

    public BoundQualifierOptions BoundQualifiers { get; }

    public ImmutableArray<QualifierClass> QualifierClasses { get; }

    public NumericConflictOptions NumericConflict { get; }

    public ImmutableArray<CategoricalConflictOptions> CategoricalConflicts { get; }

    public UnitSlipOptions UnitSlip { get; }

    public ShoulderHeightRatioOptions ShoulderHeightRatio { get; }

    public MassLengthAllometryOptions MassLengthAllometry { get; }

    public AbsoluteBoundOptions AbsoluteBounds { get; }

    /// <summary>Every rule name, for a curator's listing.</summary>
    public IEnumerable<string> RuleNames =>
        [NumericConflict.Name, .. CategoricalConflicts.Select(c => c.Name), UnitSlip.Name, ShoulderHeightRatio.Name,
            MassLengthAllometry.Name, AbsoluteBounds.Name];

    /// <summary>Reads and validates a rules file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid; the message lists every problem and how to fix it.</exception>
    public static PlausibilityRules Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads and validates rules from JSON text; <paramref name="source"/> names it in the error message.</summary>
    /// <exception cref="InvalidDataException">The rules are not valid; the message lists every problem and how to fix it.</exception>
    public static PlausibilityRules Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PlausibilityRulesReader.Read(json, source);
    }
}
