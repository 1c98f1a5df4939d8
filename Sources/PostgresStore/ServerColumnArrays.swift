import NIOCore
import PostgresNIO

/// The values of many rows for one `INSERT … SELECT * FROM unnest($1, $2, …)`: one array per column, each
/// sent as one bound value (`ServerSession.insertAll`).
///
/// A row's values are bound in column order, as for one row of `INSERT … VALUES`; each goes to the end of its
/// column's array, so a statement of thousands of rows has one parameter per column, not one per value, and
/// the server parses and plans a statement the size of one row. Values stay bound parameters, never SQL text.
struct ServerColumnArrays {
    private(set) var columns: [ServerColumnArray] = []
    /// How many rows are complete.
    private(set) var rows = 0
    /// The column the next value bound goes to.
    private var column = 0

    /// Adds a value (NULL when nil) to the next column of the row being bound and returns that column's
    /// placeholder, `$n`.
    mutating func bind<Value: PostgresArrayEncodable & PostgresNonThrowingEncodable>(_ value: Value?) -> String {
        if column == columns.count {
            columns.append(ServerColumnArray(elementType: Value.psqlType, arrayType: Value.psqlArrayType))
        }
        assert(columns[column].elementType == Value.psqlType, "column \(column + 1) bound with values of two types")
        columns[column].append(value)
        column += 1
        return "$\(column)"
    }

    /// Ends the row being bound: the next value goes to the first column.
    mutating func endRow() {
        assert(column == columns.count, "a row bound \(column) values of \(columns.count) columns")
        column = 0
        rows += 1
    }

    /// Every column's array, in column order.
    var bindings: PostgresBindings {
        var bindings = PostgresBindings(capacity: columns.count)
        for column in columns { bindings.append(column) }
        return bindings
    }
}

/// One column's values as a one-dimensional PostgreSQL array, NULLs included, in the binary format the
/// server reads (`array_recv`): dimensions, a has-NULLs flag, the element type, the length and lower bound,
/// then each element as its length and bytes (length -1 for NULL).
struct ServerColumnArray: PostgresDynamicTypeEncodable {
    let elementType: PostgresDataType
    let arrayType: PostgresDataType
    /// The elements as the array holds them, each behind its length.
    private var elements = ByteBuffer()
    private var count: Int32 = 0
    private var hasNulls = false

    init(elementType: PostgresDataType, arrayType: PostgresDataType) {
        self.elementType = elementType
        self.arrayType = arrayType
    }

    var psqlType: PostgresDataType { arrayType }
    var psqlFormat: PostgresFormat { .binary }

    /// Adds an element, NULL when nil.
    mutating func append<Value: PostgresNonThrowingEncodable>(_ value: Value?) {
        count += 1
        guard let value else {
            elements.writeInteger(Int32(-1))
            hasNulls = true
            return
        }
        let lengthAt = elements.writerIndex
        elements.writeInteger(Int32(0))
        let start = elements.writerIndex
        value.encode(into: &elements, context: .default)
        elements.setInteger(Int32(elements.writerIndex - start), at: lengthAt)
    }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        buffer.writeInteger(Int32(count == 0 ? 0 : 1))
        buffer.writeInteger(Int32(hasNulls ? 1 : 0))
        buffer.writeInteger(elementType.rawValue)
        guard count > 0 else { return }
        buffer.writeInteger(count)
        buffer.writeInteger(Int32(1))
        buffer.writeImmutableBuffer(elements)
    }
}
