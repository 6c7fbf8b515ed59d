using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FactMiner.Core.Storage;

/// <summary>One parameterised statement prepared once and run many times with values bound by position, inside whatever
/// transaction the connection holds, and its rows read by position. For bulk work only: Microsoft.Data.Sqlite looks
/// every parameter up by name on every execution and allocates every string it reads, which was most of the time spent
/// storing claims and loading them back.</summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("the store connection is not open");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out statement), database);
    }

    /// <summary>The position of a named parameter (<c>$text</c>) in the statement.</summary>
    public int IndexOf(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        return index > 0 ? index : throw new ArgumentException($"the statement has no parameter {name}", nameof(name));
    }

    public void Bind(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index));

    public void Bind(int index, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(statement, index, v) : raw.sqlite3_bind_null(statement, index));

    /// <summary>Binds text as UTF-16: SQLite converts it while taking its copy, so no UTF-8 array is made here first.</summary>
    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text16(statement, index, value));

    /// <summary>Runs the statement once with the values bound so far; they stay bound for the next run.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }

    /// <summary>Runs an insert once and returns the row id it gave the new row: cheaper than <c>RETURNING</c>, which makes
    /// SQLite keep the returned row in a table of its own.</summary>
    public long RunInsert()
    {
        Run();
        return raw.sqlite3_last_insert_rowid(database);
    }

    /// <summary>Runs a statement that returns one row (<c>RETURNING ...</c>) and reads its first integer columns.</summary>
    public void RunReturning(Span<long> columns)
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = raw.sqlite3_column_int64(statement, i);
            }
        }

        raw.sqlite3_reset(statement);
        if (result == raw.SQLITE_DONE)
        {
            throw new InvalidOperationException("the statement returned no row");
        }

        if (result != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }

    /// <summary>Moves to the next row of a query; false when there is none (then the statement is reset for reuse).</summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }

        return false;
    }

    /// <summary>Ends a query read before its last row, so the statement can run again.</summary>
    public void Reset() => raw.sqlite3_reset(statement);

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public double Double(int column) => raw.sqlite3_column_double(statement, column);

    /// <summary>A text column's UTF-8 bytes, valid until the next step.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(statement, column);

    public void Dispose() => statement.Dispose();

    // Checked here first: the library's check is a call of its own, made for every value bound.
    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
