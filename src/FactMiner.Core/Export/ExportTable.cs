using System.Collections.Immutable;

namespace FactMiner.Core.Export;

/// <summary>The columns of one kind of exported row, in order: the single place that owns their names, order and types.</summary>
internal sealed class ExportTable<TRow>
{
    public ExportTable(params ExportColumn<TRow>[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var twice = columns.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (columns.Length == 0 || twice.Count > 0)
        {
            throw new ArgumentException($"an export table needs columns with distinct names; repeated: {string.Join(", ", twice)}", nameof(columns));
        }

        Columns = [.. columns];
    }

    public ImmutableArray<ExportColumn<TRow>> Columns { get; }

    public IEnumerable<string> Names => Columns.Select(c => c.Name);
}
