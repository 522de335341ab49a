#include "core/api/publication_check.h"

#include "core/base/database_error.h"
#include "core/base/sha256.h"
#include "core/bundle/bundle_format.h"
#include "core/bundle/duty_database.h"
#include "core/duties/duty_queries.h"

namespace dutyatlas {

std::string check_publication(std::string_view manifest_json, const std::uint8_t* bundle,
                              std::size_t bundle_size, const std::uint8_t* font,
                              std::size_t font_size) {
  std::string error;
  auto manifest = parse_manifest(manifest_json, &error);
  if (!manifest) return error;
  // Not the search index: the client checks a newer publication in the background, and the
  // page that takes it builds its index after its first frame, as on every visit.
  auto db = DutyDatabase::open_bundle(bundle, bundle_size, *manifest, &error, SearchIndexAt::kLater);
  if (!db) return error;
  try {
    // What every view needs (web/app.cpp reads the same on opening).
    dataset_info(*db);
    list_bodies(*db);
  } catch (const DatabaseError& e) {
    return std::string("数据库无法读取：") + e.what();
  }
  if (font_size != manifest->font.bytes || sha256_hex(font, font_size) != manifest->font.sha256) {
    return "字体文件与清单不符（大小或校验值不同）。";
  }
  return {};
}

}  // namespace dutyatlas
