using System.Collections;

namespace FactMiner.Core.Export;

/// <summary>Passes rows through to a writer, counting them and stopping between rows when the export is cancelled.</summary>
internal sealed class RowCounter<TRow>(IEnumerable<TRow> rows, CancellationToken cancellationToken) : IEnumerable<TRow>
{
    public long Count { get; private set; }

    public IEnumerator<TRow> GetEnumerator()
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Count++;
            yield return row;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
