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

#include "core/base/database_error.h"
#include "core/bundle/bundle_format.h"
#include "core/bundle/bundle_guard.h"

struct sqlite3;

namespace dutyatlas {

class SearchIndexBuilder;

// A query of the search index before it is built (the client's first seconds), or when it
// could not be built: a DatabaseError (database_error.h), so it reaches the reader as one, with
// a message that says which.
class SearchUnavailable : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// The message of SearchUnavailable while the index is being built (the search box says it too).
inline constexpr char kSearchPreparing[] = "正在准备检索…";

// When the search index (core/search/search_index.h, not in the bundle since schema 5) is
// built: at open, before the database is returned (CLI, tests, the builder's own checks), or
// later, a slice at a time, by the caller (the client, after its first frame).
enum class SearchIndexAt { kOpen, kLater };

class DutyDatabase {
 public:
  // Checks `compressed` against the manifest and opens it. On failure returns null and sets
  // *error to a message for the reader (Chinese, says what is wrong).
  static std::unique_ptr<DutyDatabase> open_bundle(const std::uint8_t* compressed,
                                                   std::size_t size, const Manifest& manifest,
                                                   std::string* error,
                                                   SearchIndexAt index = SearchIndexAt::kOpen);

  // Opens an uncompressed database image (the builder's own output, before compression).
  static std::unique_ptr<DutyDatabase> open_image(const std::uint8_t* image, std::size_t size,
                                                  std::string* error,
                                                  SearchIndexAt index = SearchIndexAt::kOpen);

  // True once `search` and `search_vocab` are complete; until then nothing may query them
  // (search, 谁来管, a list's text filter, did-you-mean).
  bool search_ready() const { return search_ready_; }
  // Throws SearchUnavailable unless search_ready(): what every query of the index asks first.
  void require_search() const;
  // kLater: builds the next `rows` rows of the index (the first call reads the rows; the call
  // after the last row merges the index). True when it has done its slice; false with *error
  // (for the reader, Chinese) if the index cannot be built — then search stays unavailable.
  bool build_search_slice(std::size_t rows, std::string* error);
  // Rows of the index inserted so far and in all (0 in all before the first slice).
  std::size_t search_rows_done() const;
  std::size_t search_rows_total() const;

  ~DutyDatabase();
  DutyDatabase(const DutyDatabase&) = delete;
  DutyDatabase& operator=(const DutyDatabase&) = delete;

  sqlite3* handle() const { return db_; }
  std::size_t image_bytes() const { return image_bytes_; }

 private:
  DutyDatabase(sqlite3* db, std::size_t image_bytes);
  // Takes ownership of `image` (allocated with sqlite3_malloc64) in every case.
  static std::unique_ptr<DutyDatabase> adopt_image(unsigned char* image, std::size_t size,
                                                   std::string* error, SearchIndexAt index);
  sqlite3* db_;
  std::size_t image_bytes_;
  bool search_ready_ = false;
  std::string search_error_;  // why the index could not be built, if it could not
  std::unique_ptr<SearchIndexBuilder> search_builder_;  // kLater, while building
  std::unique_ptr<StatementBudget> budget_;  // the progress handler's (bundle_guard.h)
};

// Reads `dir/manifest.json` and the bundle it names (bundle_dir.cpp, native only); the search
// index is built at open unless `index` says later.
std::unique_ptr<DutyDatabase> open_bundle_dir(const std::string& dir, Manifest* manifest,
                                              std::string* error,
                                              SearchIndexAt index = SearchIndexAt::kOpen);

}  // namespace dutyatlas
