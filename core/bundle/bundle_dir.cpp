// Opening a published folder (manifest.json + bundle) from disk: native only, for the CLI and
// tests. The client receives the same bytes over HTTP instead (web/bundle_loader.cpp).
#include <fstream>
#include <sstream>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

std::unique_ptr<DutyDatabase> open_bundle_dir(const std::string& dir, Manifest* manifest,
                                              std::string* error, SearchIndexAt index) {
  auto slurp = [](const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *out = buffer.str();
    return true;
  };
  std::string text;
  if (!slurp(dir + "/manifest.json", &text)) {
    *error = "无法读取 " + dir + "/manifest.json";
    return nullptr;
  }
  auto parsed = parse_manifest(text, error);
  if (!parsed) return nullptr;
  *manifest = *parsed;
  std::string bytes;
  if (!slurp(dir + "/" + manifest->bundle.file, &bytes)) {
    *error = "无法读取 " + dir + "/" + manifest->bundle.file;
    return nullptr;
  }
  return DutyDatabase::open_bundle(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                   bytes.size(), *manifest, error, index);
}

}  // namespace dutyatlas
