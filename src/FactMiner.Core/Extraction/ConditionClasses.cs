namespace FactMiner.Core.Extraction;

/// <summary>Conditions that exclude each other come in classes: sex, age, setting. A value's own condition of a class overrides the sentence's.</summary>
internal static class ConditionClasses
{
    private const Conditions Sex = Conditions.Male | Conditions.Female;
    private const Conditions Age = Conditions.Adult | Conditions.Newborn | Conditions.Juvenile;
    private const Conditions Setting = Conditions.Wild | Conditions.Captive | Conditions.Domestic;

    /// <summary>Every condition of each class that <paramref name="conditions"/> names one of.</summary>
    public static Conditions Covering(Conditions conditions) =>
        ((conditions & Sex) != 0 ? Sex : Conditions.None)
        | ((conditions & Age) != 0 ? Age : Conditions.None)
        | ((conditions & Setting) != 0 ? Setting : Conditions.None);
}
