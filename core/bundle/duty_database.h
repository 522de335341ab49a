// An open, read-only duty database: a bundle checked, decompressed and opened in memory.
//
// Natively (CLI, tests) and in wasm (the client) a bundle is opened the same way: the
// compressed bytes are checked against the manifest (size, SHA-256), decompressed with zstd
// into one sqlite3_malloc64 buffer, and handed to sqlite3_deserialize, which then owns it.
// Nothing is written to disk. A DutyDatabase exists only once all checks have passed, so code
// holding one never queries a half-opened database.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/bundle/bundle_format.h"
#include "core/bundle/bundle_guard.h"

struct sqlite3;

namespace dutyatlas {

class DutyDatabase {
 public:
  // Checks `compressed` against the manifest and opens it. On failure returns null and sets
  // *error to a message for the reader (Chinese, says what is wrong).
  static std::unique_ptr<DutyDatabase> open_bundle(const std::uint8_t* compressed,
                                                   std::size_t size, const Manifest& manifest,
                                                   std::string* error);

  // Opens an uncompressed database image (the builder's own output, before compression).
  static std::unique_ptr<DutyDatabase> open_image(const std::uint8_t* image, std::size_t size,
                                                  std::string* error);

  ~DutyDatabase();
  DutyDatabase(const DutyDatabase&) = delete;
  DutyDatabase& operator=(const DutyDatabase&) = delete;

  sqlite3* handle() const { return db_; }
  std::size_t image_bytes() const { return image_bytes_; }

 private:
  DutyDatabase(sqlite3* db, std::size_t image_bytes);
  // Takes ownership of `image` (allocated with sqlite3_malloc64) in every case.
  static std::unique_ptr<DutyDatabase> adopt_image(unsigned char* image, std::size_t size,
                                                   std::string* error);
  sqlite3* db_;
  std::size_t image_bytes_;
  std::unique_ptr<StatementBudget> budget_;  // the progress handler's (bundle_guard.h)
};

// Reads `dir/manifest.json` and the bundle it names (bundle_dir.cpp, native only).
std::unique_ptr<DutyDatabase> open_bundle_dir(const std::string& dir, Manifest* manifest,
                                              std::string* error);

}  // namespace dutyatlas
