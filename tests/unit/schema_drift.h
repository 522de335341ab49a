// A publication whose database drifted from the schema the code expects (a column dropped, a
// table renamed): it passes every manifest check — sizes and SHA-256 are recomputed — and
// opens, but the queries that read the drifted part fail. The builder never writes one; the
// unit tests (schema drift through query_json and the CLI) and the browser tests (through
// tests/tools/drift_publication) make one with these helpers.
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

// The uncompressed image of an open database.
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
                          std::vector<std::uint8_t> font, std::vector<std::uint8_t> typing_font,
                          const std::string& out_dir) {
  builder::Publication publication;
  publication.compressed_bundle = compress_bundle(image.data(), image.size());
  publication.font = std::move(font);
  publication.typing_font = std::move(typing_font);
  publication.manifest = manifest;
  publication.manifest.raw_bytes = image.size();
  builder::publish(out_dir, std::move(publication));
}

}  // namespace dutyatlas::test
