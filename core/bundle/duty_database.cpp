// Opening a bundle: check, decompress, deserialize. See duty_database.h.
#include "core/bundle/duty_database.h"

#include <sqlite3.h>
#include <zstd.h>

#include <sstream>

#include "core/bundle/bundle_schema.h"
#include "core/base/sha256.h"
#include "core/base/sqlite_statement.h"
#include "core/search/search_index.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

// SQLite's image header starts with this 16-byte string.
constexpr char kSqliteMagic[] = "SQLite format 3";

std::string megabytes(std::uint64_t bytes) {
  std::ostringstream out;
  out.precision(2);
  out << std::fixed << double(bytes) / (1024.0 * 1024.0) << " MB";
  return out.str();
}

// Streaming decompression into a buffer of exactly `expected` bytes: works whether or not the
// frame header records the content size (frames written from a pipe do not).
bool decompress_exactly(const std::uint8_t* src, std::size_t size, unsigned char* dst,
                        std::size_t expected) {
  ZSTD_DCtx* dctx = ZSTD_createDCtx();
  if (!dctx) return false;
  ZSTD_inBuffer in = {src, size, 0};
  ZSTD_outBuffer out = {dst, expected, 0};
  bool ok = true;
  while (ok) {
    std::size_t ret = ZSTD_decompressStream(dctx, &out, &in);
    if (ZSTD_isError(ret)) ok = false;
    else if (ret == 0) break;  // frame complete
    else if (out.pos == out.size || in.pos == in.size) ok = false;  // too long / truncated
  }
  ZSTD_freeDCtx(dctx);
  return ok && out.pos == expected && in.pos == in.size;
}

}  // namespace

std::unique_ptr<DutyDatabase> DutyDatabase::open_bundle(const std::uint8_t* compressed,
                                                        std::size_t size,
                                                        const Manifest& manifest,
                                                        std::string* error,
                                                        SearchIndexAt index) {
  if (size != manifest.bundle.bytes) {
    *error = "数据包大小为 " + std::to_string(size) + " 字节，与清单记录的 " +
             std::to_string(manifest.bundle.bytes) + " 字节不符：下载不完整或文件已被替换。";
    return nullptr;
  }
  if (sha256_hex(compressed, size) != manifest.bundle.sha256) {
    *error = "数据包校验值（SHA-256）与清单不符：文件已损坏或与清单不是同一次发布。";
    return nullptr;
  }
  unsigned long long framed = ZSTD_getFrameContentSize(compressed, size);
  if (framed == ZSTD_CONTENTSIZE_ERROR ||
      (framed != ZSTD_CONTENTSIZE_UNKNOWN && framed != manifest.raw_bytes)) {
    *error = "数据包不是有效的 zstd 压缩数据，或解压后大小与清单不符。";
    return nullptr;
  }
  auto* image = static_cast<unsigned char*>(sqlite3_malloc64(manifest.raw_bytes));
  if (!image) {
    *error = "内存不足，无法解压 " + megabytes(manifest.raw_bytes) + " 的数据库。";
    return nullptr;
  }
  if (!decompress_exactly(compressed, size, image, manifest.raw_bytes)) {
    sqlite3_free(image);
    *error = "数据包解压失败：数据已损坏。";
    return nullptr;
  }
  return adopt_image(image, manifest.raw_bytes, error, index);
}

std::unique_ptr<DutyDatabase> DutyDatabase::open_image(const std::uint8_t* image,
                                                       std::size_t size, std::string* error,
                                                       SearchIndexAt index) {
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(size ? size : 1));
  if (!copy) {
    *error = "内存不足。";
    return nullptr;
  }
  std::copy(image, image + size, copy);
  return adopt_image(copy, size, error, index);
}

std::unique_ptr<DutyDatabase> DutyDatabase::adopt_image(unsigned char* image, std::size_t size,
                                                        std::string* error, SearchIndexAt index) {
  if (size < 100 || std::string_view(reinterpret_cast<char*>(image), 15) != kSqliteMagic) {
    sqlite3_free(image);
    *error = "数据包内容不是 SQLite 数据库。";
    return nullptr;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    sqlite3_free(image);
    sqlite3_close(db);
    *error = "无法创建内存数据库。";
    return nullptr;
  }
  guard_connection(db);
  // From here SQLite owns `image` (FREEONCLOSE), even when deserialize fails.
  int rc = sqlite3_deserialize(db, "main", image, sqlite3_int64(size), sqlite3_int64(size),
                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  std::unique_ptr<DutyDatabase> opened(new DutyDatabase(db, size));
  if (rc != SQLITE_OK) {
    *error = "无法打开数据库：" + std::string(sqlite3_errmsg(db));
    return nullptr;
  }
  limit_connection(opened->budget_.get());
  // Opening reports through *error, so a database SQLite cannot read becomes that message.
  long long schema_version = 0;
  try {
    Statement version(db, "PRAGMA user_version");
    if (version.step()) schema_version = version.integer(0);
    Statement(db, "PRAGMA query_only = 1").run();
  } catch (const DatabaseError& e) {
    *error = "数据库已损坏，无法读取结构版本：" + std::string(e.what());
    return nullptr;
  }
  if (schema_version != kBundleSchemaVersion) {
    *error = "数据库结构版本为 " + std::to_string(schema_version) + "，本程序只能读取版本 " +
             std::to_string(kBundleSchemaVersion) + "。";
    return nullptr;
  }
  // The search table is tokenized by our tokenizer: every connection must know it.
  if (!register_fts5_tokenizer(db)) {
    *error = "无法注册检索分词器。";
    return nullptr;
  }
  if (!check_bundle_schema(db, error)) return nullptr;
  // Only now, the schema being the builder's, the reader adds the search index to it. A table
  // the index reads that cannot be read (a corrupt page) leaves search unavailable, with the
  // reason, and the rest of the publication open, as in the client.
  if (index == SearchIndexAt::kOpen) {
    std::string why;
    while (!opened->search_ready() && opened->build_search_slice(0, &why)) {
    }
  }
  return opened;
}

void DutyDatabase::require_search() const {
  if (search_ready_) return;
  if (!search_error_.empty()) throw SearchUnavailable(search_error_);
  throw SearchUnavailable(kSearchPreparing);
}

bool DutyDatabase::build_search_slice(std::size_t rows, std::string* error) {
  if (search_ready_) return true;
  if (!search_error_.empty()) {
    *error = search_error_;
    return false;
  }
  std::string message;
  // The connection is query_only for everything else: writable for the slice, and only the
  // index's tables are written.
  sqlite3_exec(db_, "PRAGMA query_only = 0", nullptr, nullptr, nullptr);
  bool ok = true;
  if (!search_builder_) {
    search_builder_ = std::make_unique<SearchIndexBuilder>(db_);
    ok = search_builder_->start(nullptr, &message);
  } else {
    ok = search_builder_->step(rows, &message);
  }
  sqlite3_exec(db_, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
  if (!ok) {
    search_builder_.reset();
    search_error_ = "检索不可用：无法建立检索索引（" + message + "）。";
    *error = search_error_;
    return false;
  }
  if (search_builder_->done()) {
    search_builder_.reset();
    search_ready_ = true;
  }
  return true;
}

std::size_t DutyDatabase::search_rows_done() const {
  return search_builder_ ? search_builder_->inserted() : 0;
}

std::size_t DutyDatabase::search_rows_total() const {
  return search_builder_ ? search_builder_->rows() : 0;
}

DutyDatabase::DutyDatabase(sqlite3* db, std::size_t image_bytes)
    : db_(db), image_bytes_(image_bytes), budget_(std::make_unique<StatementBudget>()) {
  budget_->db = db;
}

DutyDatabase::~DutyDatabase() {
  search_builder_.reset();
  sqlite3_close(db_);
}

}  // namespace dutyatlas
