// Publications that pass every manifest check — sizes and SHA-256 are recomputed — but whose
// database is not what the builder wrote: drifted from the schema (a column dropped, a table
// renamed), which the reader refuses at open (core/bundle/bundle_guard.h), or one table's pages
// corrupted, which opens and fails only the queries that read that table. The builder never
// writes either; the unit tests (through query_json and the CLI) and the browser tests (through
// tests/tools/drift_publication) make them with these helpers.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "builder/publish.h"
#include "core/bundle/bundle_format.h"
#include "core/bundle/duty_database.h"
#include "core/search/tokenizer.h"

namespace dutyatlas::test {

// The database image `image` after running `sql` on it (e.g. "ALTER TABLE clause_versions
// DROP COLUMN text"). Throws std::runtime_error if SQLite refuses.
inline std::vector<std::uint8_t> drift_image(const std::vector<std::uint8_t>& image,
                                             const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
  std::memcpy(copy, image.data(), image.size());
  // SQLite owns `copy` from here (FREEONCLOSE), whatever happens.
  int rc = sqlite3_deserialize(db, "main", copy, sqlite3_int64(image.size()),
                               sqlite3_int64(image.size()),
                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  char* message = nullptr;
  if (rc == SQLITE_OK && register_fts5_tokenizer(db)) {
    rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  }
  std::string why = message ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  sqlite3_int64 size = 0;
  unsigned char* bytes = rc == SQLITE_OK ? sqlite3_serialize(db, "main", &size, 0) : nullptr;
  sqlite3_close(db);
  if (!bytes) throw std::runtime_error("drift_image: " + sql + ": " + why);
  std::vector<std::uint8_t> out(bytes, bytes + size);
  sqlite3_free(bytes);
  return out;
}

// `image` with the b-tree page at the root of `table` made unreadable (its page type byte
// zeroed): the schema still reads, so the database opens, and every query reading `table`
// fails with SQLITE_CORRUPT — a bit flip the manifest's hash, recomputed, does not catch.
inline std::vector<std::uint8_t> corrupt_table(std::vector<std::uint8_t> image, const std::string& table) {
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
  std::memcpy(copy, image.data(), image.size());
  sqlite3_deserialize(db, "main", copy, sqlite3_int64(image.size()), sqlite3_int64(image.size()),
                      SQLITE_DESERIALIZE_FREEONCLOSE);
  long long root = 0, page_size = 0;
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema "
                         "WHERE type = 'table' AND name = ?1", -1, &q, nullptr);
  sqlite3_bind_text(q, 1, table.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(q) == SQLITE_ROW) {
    root = sqlite3_column_int64(q, 0);
    page_size = sqlite3_column_int64(q, 1);
  }
  sqlite3_finalize(q);
  sqlite3_close(db);
  if (root < 2 || page_size <= 0) throw std::runtime_error("corrupt_table: no table " + table);
  image.at(std::size_t((root - 1) * page_size)) = 0;  // not a b-tree page type
  return image;
}

// The uncompressed image of an open database (opened with SearchIndexAt::kLater and no slice
// built, it is the bundle's: the index a reader builds is not in a bundle).
inline std::vector<std::uint8_t> image_of(const DutyDatabase& db) {
  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db.handle(), "main", &size, 0);
  if (!bytes) throw std::runtime_error("image_of: sqlite3_serialize failed");
  std::vector<std::uint8_t> out(bytes, bytes + size);
  sqlite3_free(bytes);
  return out;
}

// Publishes `image` into `out_dir` with `manifest`'s descriptive fields (and its fonts'
// bytes, which may be empty): a publication the client and the CLI open as any other.
inline void publish_image(const std::vector<std::uint8_t>& image, const Manifest& manifest,
                          std::vector<std::uint8_t> font, std::vector<std::vector<std::uint8_t>> typing_fonts,
                          const std::string& out_dir) {
  builder::Publication publication;
  publication.compressed_bundle = compress_bundle(image.data(), image.size());
  publication.font = std::move(font);
  publication.typing_fonts = std::move(typing_fonts);
  publication.manifest = manifest;
  publication.manifest.raw_bytes = image.size();
  builder::publish(out_dir, std::move(publication));
}

}  // namespace dutyatlas::test
