namespace FactMiner.Core.Export;

/// <summary>Which rows an export holds (<c>--what</c>).</summary>
public enum ExportDataset
{
    /// <summary>One row per (subject, attribute, qualifiers) value the sources agree on.</summary>
    Facts,

    /// <summary>One row per active claim, with its sentence and offsets: the sheet curators decide in.</summary>
    Claims,

    /// <summary>One row per flag: the review queue and its decisions.</summary>
    Flags,
}
