#include "BulkInsertBaseline.h"

#include <chrono>
#include <cstdio>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace carehouse::bench {

namespace {

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
using Row = std::vector<Value>;

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

std::vector<Row> readTable(sqlite3* db, const std::string& table)
{
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, ("SELECT * FROM " + table).c_str(), -1, &st, nullptr), db, "select");
    std::vector<Row> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
        Row r;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_INTEGER: r.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(st, c))); break;
            case SQLITE_FLOAT: r.emplace_back(sqlite3_column_double(st, c)); break;
            case SQLITE_NULL: r.emplace_back(std::monostate{}); break;
            default: r.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, c))));
            }
        }
        rows.push_back(std::move(r));
    }
    sqlite3_finalize(st);
    return rows;
}

std::string schemaOf(sqlite3* db, const std::string& table)
{
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL", -1, &st,
                             nullptr),
          db, "schema");
    sqlite3_bind_text(st, 1, table.c_str(), -1, SQLITE_TRANSIENT);
    std::string sql;
    while (sqlite3_step(st) == SQLITE_ROW)
        sql += std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) + ";\n";
    sqlite3_finalize(st);
    // Plain tables: no foreign keys to check (the generator's record checks them).
    for (auto pos = sql.find(" REFERENCES "); pos != std::string::npos; pos = sql.find(" REFERENCES ")) {
        auto close = sql.find(')', pos);
        sql.erase(pos, close - pos + 1);
    }
    return sql;
}

} // namespace

BaselineResult plainBulkInsert(const std::string& sourcePath, const std::string& targetPath)
{
    sqlite3* src = nullptr;
    check(sqlite3_open_v2(sourcePath.c_str(), &src, SQLITE_OPEN_READONLY, nullptr), src, "open source");
    // Every row the generator leaves in the file: its journal versions, the current rows they
    // project to, and the audit entries.
    const std::vector<std::string> tables{"journal",       "patient",          "condition",   "observation",
                                          "lab_request",   "invitation",       "appointment", "care_exception",
                                          "result_review", "unmatched_result", "audit"};
    std::vector<std::vector<Row>> data;
    std::string schema;
    for (const auto& t : tables) {
        data.push_back(readTable(src, t));
        schema += schemaOf(src, t);
    }
    sqlite3_close(src);

    std::remove(targetPath.c_str());
    sqlite3* dst = nullptr;
    check(sqlite3_open(targetPath.c_str(), &dst), dst, "open target");
    check(sqlite3_exec(dst, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", nullptr, nullptr, nullptr), dst,
          "pragmas");
    check(sqlite3_exec(dst, schema.c_str(), nullptr, nullptr, nullptr), dst, "schema");

    BaselineResult result;
    auto start = std::chrono::steady_clock::now();
    check(sqlite3_exec(dst, "BEGIN", nullptr, nullptr, nullptr), dst, "begin");
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (data[t].empty())
            continue;
        std::string sql = "INSERT INTO " + tables[t] + " VALUES (";
        for (std::size_t c = 0; c < data[t][0].size(); ++c)
            sql += c ? ",?" : "?";
        sql += ")";
        sqlite3_stmt* st = nullptr;
        check(sqlite3_prepare_v2(dst, sql.c_str(), -1, &st, nullptr), dst, "prepare");
        for (const auto& row : data[t]) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                int i = static_cast<int>(c) + 1;
                if (auto* n = std::get_if<std::int64_t>(&row[c]))
                    sqlite3_bind_int64(st, i, *n);
                else if (auto* d = std::get_if<double>(&row[c]))
                    sqlite3_bind_double(st, i, *d);
                else if (auto* s = std::get_if<std::string>(&row[c]))
                    sqlite3_bind_text(st, i, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(st, i);
            }
            check(sqlite3_step(st), dst, "insert");
            sqlite3_reset(st);
            ++result.rows;
        }
        sqlite3_finalize(st);
    }
    check(sqlite3_exec(dst, "COMMIT", nullptr, nullptr, nullptr), dst, "commit");
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_close(dst);
    return result;
}

} // namespace carehouse::bench
