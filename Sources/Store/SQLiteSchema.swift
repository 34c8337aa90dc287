import Foundation
import GRDB

/// Table layout of the embedded store.
///
/// `kv` holds one row per revision: `id` is the revision. A delete is a row with `deleted = 1` that
/// keeps the value the key had, so a delete event needs no join. `prev_revision` is the revision of the
/// key's previous live row (0 for a create). `meta` holds durable counters.
enum SQLiteSchema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE kv (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL,
                    value BLOB,
                    create_revision INTEGER NOT NULL,
                    prev_revision INTEGER NOT NULL,
                    deleted INTEGER NOT NULL
                );
                CREATE INDEX kv_key_id ON kv(key, id);
                CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO meta (name, value) VALUES ('revision', 0), ('compact_revision', 0), ('compact_done', 0);
                """)
        }
        return migrator
    }
}

/// Durable counters in the `meta` table.
enum Meta: String {
    /// The store's current revision (last write).
    case revision
    /// Revisions older than this can no longer be read or watched from.
    case compactRevision = "compact_revision"
    /// History rows with id <= this have been cleaned up by compaction.
    case compactDone = "compact_done"

    static func get(_ db: Database, _ name: Meta) throws -> Int64 {
        let statement = try db.cachedStatement(sql: "SELECT value FROM meta WHERE name = ?")
        return try Int64.fetchOne(statement, arguments: [name.rawValue]) ?? 0
    }

    static func set(_ db: Database, _ name: Meta, _ value: Int64) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)")
        try statement.execute(arguments: [name.rawValue, value])
    }
}

/// The latest row of one key, as the writer sees it.
struct LatestRow {
    var id: Int64
    var value: [UInt8]
    var createRevision: Int64
    var deleted: Bool

    static func fetch(_ db: Database, key: String, atOrBefore revision: Int64? = nil) throws -> LatestRow? {
        let row: Row?
        if let revision {
            let statement = try db.cachedStatement(sql: """
                SELECT id, value, create_revision, deleted FROM kv
                WHERE key = ? AND id <= ? ORDER BY id DESC LIMIT 1
                """)
            row = try Row.fetchOne(statement, arguments: [key, revision])
        } else {
            let statement = try db.cachedStatement(sql: """
                SELECT id, value, create_revision, deleted FROM kv
                WHERE key = ? ORDER BY id DESC LIMIT 1
                """)
            row = try Row.fetchOne(statement, arguments: [key])
        }
        guard let row else { return nil }
        return LatestRow(
            id: row[0], value: bytes(row[1]), createRevision: row[2], deleted: (row[3] as Int64) != 0)
    }

    func keyValue(_ key: String) -> KeyValue {
        KeyValue(key: key, value: value, createRevision: createRevision, modRevision: id)
    }
}

/// Converts a nullable BLOB column (empty values may be stored as NULL) to bytes.
func bytes(_ data: Data?) -> [UInt8] {
    guard let data else { return [] }
    return [UInt8](data)
}
