import GRDB
import Pipeline

extension Schema {
    /// Gives a database just created the default names of another language: its first sales pipeline, that
    /// pipeline's stages in order, the Revisit pipeline and its stage. Only for a file no migration had run on.
    ///
    /// Not a migration: it runs once, after the migrations, on a file this process created.
    static func nameDefaults(_ db: Database, _ names: Pipeline.DefaultNames) throws {
        try db.execute(sql: "UPDATE pipeline SET name = ? WHERE kind = 'sales' AND position = 0", arguments: [names.sales])
        try db.execute(sql: "UPDATE pipeline SET name = ? WHERE kind = 'revisit'", arguments: [names.revisit])
        try db.execute(
            sql: "UPDATE stage SET name = ? WHERE pipeline_id = (SELECT id FROM pipeline WHERE kind = 'revisit')",
            arguments: [names.parked])
        for (position, name) in names.stages.enumerated() {
            try db.execute(
                sql: "UPDATE stage SET name = ? WHERE position = ? AND pipeline_id = (SELECT id FROM pipeline WHERE kind = 'sales' AND position = 0)",
                arguments: [name, position])
        }
    }
}
