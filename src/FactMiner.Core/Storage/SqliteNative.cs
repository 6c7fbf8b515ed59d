using System.Runtime.InteropServices;

namespace FactMiner.Core.Storage;

/// <summary>
/// The few SQLite calls bulk statements make per value, declared on raw handles: the same bundled library
/// Microsoft.Data.Sqlite loads, without a safe-handle reference count, an interface dispatch and a full native
/// transition on every bind and column read (a 100 MB run makes about 35 million of them). The caller keeps the handles
/// alive (<see cref="PreparedStatement"/> holds a reference on each for its lifetime).
/// </summary>
/// <remarks>Binding and reading a column only copy memory, under the connection's lock that no other thread holds (a
/// connection is used by one thread at a time), so they skip the runtime's GC transition; stepping reads and writes files
/// and may wait for another connection's lock, so it keeps it.</remarks>
internal static partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLite copies the value before the bind call returns.</summary>
    private static readonly nint Transient = -1;

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    public static partial int BindDouble(nint statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(nint statement, int index);

    public static unsafe int BindText16(nint statement, int index, string value)
    {
        fixed (char* chars = value)
        {
            return BindText16(statement, index, chars, value.Length * sizeof(char), Transient);
        }
    }

    public static unsafe int BindText(nint statement, int index, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* bytes = utf8)
        {
            return BindText(statement, index, bytes, utf8.Length, Transient);
        }
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_last_insert_rowid")]
    [SuppressGCTransition]
    public static partial long LastInsertRowId(nint database);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    [SuppressGCTransition]
    public static partial double ColumnDouble(nint statement, int column);

    /// <summary>A text or blob column's bytes (UTF-8 for text), valid until the next step or reset.</summary>
    public static unsafe ReadOnlySpan<byte> ColumnBytes(nint statement, int column)
    {
        // The pointer first, then the length: SQLite's documented order, since asking for the pointer may convert the value.
        var bytes = ColumnBlob(statement, column);
        return bytes == null ? [] : new ReadOnlySpan<byte>(bytes, ColumnByteCount(statement, column));
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text16")]
    [SuppressGCTransition]
    private static unsafe partial int BindText16(nint statement, int index, char* text, int bytes, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    private static unsafe partial int BindText(nint statement, int index, byte* text, int bytes, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    private static unsafe partial byte* ColumnBlob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    private static partial int ColumnByteCount(nint statement, int column);
}
