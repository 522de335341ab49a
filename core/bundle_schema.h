// The SQLite schema inside a bundle, version 1. The builder creates it, readers check the
// version (PRAGMA user_version) before running a single query.
//
//   meta(key, value)                 dataset name, title, data_date, division_code, sample
//   categories(code, name, sort)     机构类别 in display order
//   bodies(id, name, short_name, category, rank, parent_id, uscc, division_code, host_id, sort)
//   documents(doc_no, title, effective)                         the documents duties come from
//   body_duties(body_id, doc_no, setup)                         a body's 三定: 机构设置
//   duty_clauses(body_id, number, text)                         主要职责, (一) is number 1
#pragma once

namespace dutyatlas {

inline constexpr int kBundleSchemaVersion = 1;

// Statements that create an empty version-1 database, separated by semicolons.
const char* bundle_schema_sql();

}  // namespace dutyatlas
