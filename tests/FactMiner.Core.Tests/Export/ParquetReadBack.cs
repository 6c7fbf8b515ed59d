using System.Collections.Immutable;
using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Tests.Export;

/// <summary>Reads a whole Parquet file back with Parquet.Net: every column by name, typed as the file declares it.</summary>
internal sealed record ParquetReadBack(ParquetSchema Schema, IReadOnlyDictionary<string, List<object?>> Columns, int RowGroups)
{
    public int Rows => Columns.Values.First().Count;

    public DataField Field(string name) => Schema.DataFields.Single(f => f.Path.ToString() == name || f.Path.ToString().StartsWith(name + "/", StringComparison.Ordinal));

    public static async Task<ParquetReadBack> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var columns = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var field in reader.Schema.Fields)
        {
            columns[field.Name] = [];
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var rows = (int)group.RowCount;
            foreach (var field in reader.Schema.Fields)
            {
                columns[field.Name].AddRange(field is ListField list
                    ? await ReadListAsync(group, (DataField)list.Item)
                    : await ReadFlatAsync(group, (DataField)field, rows));
            }
        }

        return new ParquetReadBack(reader.Schema, columns, reader.RowGroupCount);
    }

    private static async Task<IEnumerable<object?>> ReadFlatAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.ClrType == typeof(double))
        {
            var values = new double?[rows];
            await group.ReadAsync<double>(field, values.AsMemory());
            return values.Cast<object?>();
        }

        if (field.ClrType == typeof(int) && field.IsNullable)
        {
            var values = new int?[rows];
            await group.ReadAsync<int>(field, values.AsMemory());
            return values.Cast<object?>();
        }

        if (field.ClrType == typeof(int))
        {
            var values = new int[rows];
            await group.ReadAsync<int>(field, values.AsMemory());
            return values.Cast<object?>();
        }

        if (field.ClrType == typeof(DateTime))
        {
            var values = new DateTime?[rows];
            await group.ReadAsync<DateTime>(field, values.AsMemory());
            return values.Cast<object?>();
        }

        var strings = new string?[rows];
        await group.ReadAsync(field, strings.AsMemory());
        return strings;
    }

    /// <summary>Rebuilds each row's list from the definition and repetition levels (empty lists included).</summary>
    private static async Task<IEnumerable<object?>> ReadListAsync(ParquetRowGroupReader group, DataField element)
    {
        var count = (int)group.GetMetadata(element)!.MetaData!.NumValues;
        var values = new ReadOnlyMemory<char>[count];
        var definitions = new int[count];
        var repetitions = new int[count];
        await group.ReadRawAsync(element, values.AsMemory(), definitions.AsMemory(), repetitions.AsMemory());
        var rows = new List<object?>();
        List<string>? current = null;
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            if (repetitions[i] == 0)
            {
                if (current is not null)
                {
                    rows.Add(current.ToImmutableArray());
                }

                current = [];
            }

            if (definitions[i] == element.MaxDefinitionLevel)
            {
                current!.Add(values[next++].ToString());
            }
        }

        if (current is not null)
        {
            rows.Add(current.ToImmutableArray());
        }

        return rows;
    }
}
