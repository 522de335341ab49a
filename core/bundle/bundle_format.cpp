// Manifest serialisation and checks.
#include "core/bundle/bundle_format.h"

#include <nlohmann/json.hpp>

#include "core/base/dispatch_url.h"
#include "core/base/web_origin.h"
#include "core/bundle/bundle_schema.h"


namespace dutyatlas {
namespace {

using nlohmann::json;

bool is_hex_digest(const std::string& s, std::size_t digits = 64) {
  if (s.size() != digits) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// A file name from the manifest must stay inside the folder the manifest came from.
bool is_plain_file_name(const std::string& s) {
  if (s.empty() || s.size() > 128) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return s[0] != '.';
}

// Typed look-ups that never throw: a manifest from the network may hold anything, and the wasm
// build has no exception handling to catch nlohmann's type errors.
std::string get_string(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
std::uint64_t get_u64(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<std::uint64_t>() : 0;
}
// A small non-negative integer, or -1 when missing, of another type, or out of range (a huge
// number must not wrap around to a version we accept).
int get_version(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return -1;
  std::int64_t value = it->get<std::int64_t>();
  return value >= 0 && value <= 1000000 ? int(value) : -1;
}

std::string version_mismatch(const char* what, int found, int supported) {
  std::string stated = found < 0 ? std::string("缺失或不是整数") : "为 " + std::to_string(found);
  return std::string(what) + stated + "，本页面只能读取版本 " + std::to_string(supported) +
         "。请同时更新页面程序与数据包。";
}
bool get_bool(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

json file_entry_json(const FileEntry& entry) {
  return {{"file", entry.file}, {"sha256", entry.sha256}, {"bytes", entry.bytes}};
}

// One file's entry: `e`, shown in messages as `label` (a field name, "typing_fonts[3]").
bool read_entry(const json& e, const std::string& label, FileEntry* out, std::string* error) {
  auto fail = [&](const std::string& what) {
    *error = "清单文件 manifest.json 的 " + label + " 字段" + what + "。";
    return false;
  };
  if (!e.is_object()) return fail("缺失");
  out->file = get_string(e, "file");
  out->sha256 = get_string(e, "sha256");
  out->bytes = get_u64(e, "bytes");
  if (!is_plain_file_name(out->file)) return fail("中的文件名无效");
  if (!is_hex_digest(out->sha256)) return fail("中的 sha256 无效");
  return true;
}

bool read_file_entry(const json& j, const char* key, FileEntry* out, std::string* error) {
  auto it = j.find(key);
  return read_entry(it == j.end() ? json() : *it, key, out, error);
}

// "typing_fonts", or an older manifest's single "typing_font" as one piece over everything.
bool read_typing_fonts(const json& j, std::vector<TypingFontPiece>* pieces, std::string* error) {
  auto fail = [&](const std::string& label) {
    *error = "清单文件 manifest.json 的 " + label + " 字段无效。";
    return false;
  };
  auto older = j.find("typing_font");
  if (!j.contains("typing_fonts") && older != j.end() && !older->is_null()) {
    TypingFontPiece piece;
    if (!read_file_entry(j, "typing_font", &piece.file, error)) return false;
    piece.glyphs = get_u64(*older, "glyphs");
    piece.first = 0x20;
    piece.last = 0xFFFF;
    pieces->push_back(std::move(piece));
    return true;
  }
  auto list = j.find("typing_fonts");
  if (list == j.end() || list->is_null()) return true;
  if (!list->is_array() || list->size() > kMaxTypingFontPieces) return fail("typing_fonts");
  for (const json& entry : *list) {
    TypingFontPiece piece;
    std::string label = "typing_fonts[" + std::to_string(pieces->size()) + "]";
    if (!read_entry(entry, label, &piece.file, error)) return false;
    piece.glyphs = get_u64(entry, "glyphs");
    std::uint64_t first = get_u64(entry, "first"), last = get_u64(entry, "last");
    // ImGui 1.86 draws the Basic Multilingual Plane only; ranges in order, never overlapping.
    if (first == 0 || first > last || last > 0xFFFF) return fail(label + " 的 first/last");
    if (!pieces->empty() && first <= pieces->back().last) return fail(label + " 的 first");
    piece.first = char32_t(first);
    piece.last = char32_t(last);
    pieces->push_back(std::move(piece));
  }
  return true;
}

}  // namespace

std::string manifest_to_json(const Manifest& m) {
  json bundle = file_entry_json(m.bundle);
  bundle.erase("bytes");
  bundle["compressed_bytes"] = m.bundle.bytes;
  bundle["raw_bytes"] = m.raw_bytes;
  json font = file_entry_json(m.font);
  font["glyphs"] = m.font_glyphs;
  json typing_fonts = json::array();
  for (const TypingFontPiece& piece : m.typing_fonts) {
    json entry = file_entry_json(piece.file);
    entry["glyphs"] = piece.glyphs;
    entry["first"] = std::uint32_t(piece.first);
    entry["last"] = std::uint32_t(piece.last);
    typing_fonts.push_back(std::move(entry));
  }
  json j = {
      {"format", kBundleFormatName}, {"format_version", m.format_version},
      {"schema_version", m.schema_version}, {"bundle", bundle}, {"font", font},
      {"typing_fonts", typing_fonts},
      {"counts", m.counts}, {"dataset", m.dataset}, {"title", m.title}, {"sample", m.sample},
      {"data_date", m.data_date}, {"builder", m.builder},
  };
  if (!m.embed_origins.empty()) j["embed_origins"] = m.embed_origins;
  if (!m.dispatch_url.empty()) j["dispatch_url"] = m.dispatch_url;
  return j.dump(2) + "\n";
}

std::optional<Manifest> parse_manifest(std::string_view text, std::string* error) {
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    *error = "清单文件 manifest.json 不是有效的 JSON，请检查发布的文件是否完整。";
    return std::nullopt;
  }
  if (get_string(j, "format") != kBundleFormatName) {
    *error = "清单文件 manifest.json 不是职责通的数据清单。";
    return std::nullopt;
  }
  Manifest m;
  m.format_version = get_version(j, "format_version");
  if (m.format_version != kBundleFormatVersion) {
    *error = version_mismatch("数据包格式版本", m.format_version, kBundleFormatVersion);
    return std::nullopt;
  }
  m.schema_version = get_version(j, "schema_version");
  if (m.schema_version != kBundleSchemaVersion) {
    *error = version_mismatch("数据库结构版本", m.schema_version, kBundleSchemaVersion);
    return std::nullopt;
  }
  if (!read_file_entry(j, "bundle", &m.bundle, error)) return std::nullopt;
  if (!read_file_entry(j, "font", &m.font, error)) return std::nullopt;
  const json& bundle = j["bundle"];
  m.bundle.bytes = get_u64(bundle, "compressed_bytes");
  m.raw_bytes = get_u64(bundle, "raw_bytes");
  if (m.bundle.bytes == 0 || m.raw_bytes == 0) {
    *error = "清单文件 manifest.json 缺少数据包大小。";
    return std::nullopt;
  }
  if (m.bundle.bytes > kMaxBundleBytes || m.raw_bytes > kMaxDatabaseBytes) {
    *error = "清单文件 manifest.json 记录的数据包大小超出本页面能读取的范围。";
    return std::nullopt;
  }
  m.font_glyphs = get_u64(j["font"], "glyphs");
  if (!read_typing_fonts(j, &m.typing_fonts, error)) return std::nullopt;
  std::vector<const FileEntry*> fonts = {&m.font};
  for (const TypingFontPiece& piece : m.typing_fonts) fonts.push_back(&piece.file);
  for (const FileEntry* font : fonts) {
    if (font->bytes > kMaxFontBytes || font->bytes < 12) {
      *error = "清单文件 manifest.json 记录的字体大小无效。";
      return std::nullopt;
    }
  }
  if (j.contains("counts") && j["counts"].is_object()) {
    for (const auto& [key, value] : j["counts"].items()) {
      if (value.is_number_unsigned()) m.counts[key] = value.get<std::uint64_t>();
    }
  }
  m.dataset = get_string(j, "dataset");
  m.title = get_string(j, "title");
  m.sample = get_bool(j, "sample");
  m.data_date = get_string(j, "data_date");
  m.builder = get_string(j, "builder");
  auto origins = j.find("embed_origins");
  if (origins != j.end() && origins->is_array()) {
    for (const json& origin : *origins) {
      if (origin.is_string() && is_web_origin(origin.get<std::string>())) {
        m.embed_origins.push_back(origin.get<std::string>());
      }
    }
  }
  std::string dispatch_url = get_string(j, "dispatch_url");
  if (dispatch_url_problem(dispatch_url).empty()) m.dispatch_url = dispatch_url;
  return m;
}

namespace {
constexpr std::string_view kBundlePrefix = "dutyatlas-", kBundleSuffix = ".db.zst";
constexpr std::string_view kFontPrefix = "font-", kFontSuffix = ".ttf";
constexpr std::size_t kNameHashDigits = 16;

std::string hashed_name(std::string_view prefix, std::string_view sha256_hex,
                        std::string_view suffix) {
  return std::string(prefix) + std::string(sha256_hex.substr(0, kNameHashDigits)) +
         std::string(suffix);
}

bool matches_hashed_name(std::string_view name, std::string_view prefix, std::string_view suffix) {
  if (name.size() != prefix.size() + kNameHashDigits + suffix.size()) return false;
  if (name.substr(0, prefix.size()) != prefix) return false;
  if (name.substr(name.size() - suffix.size()) != suffix) return false;
  return is_hex_digest(std::string(name.substr(prefix.size(), kNameHashDigits)), kNameHashDigits);
}
}  // namespace

std::string bundle_file_name(std::string_view sha256_hex) {
  return hashed_name(kBundlePrefix, sha256_hex, kBundleSuffix);
}

std::string font_file_name(std::string_view sha256_hex) {
  return hashed_name(kFontPrefix, sha256_hex, kFontSuffix);
}

bool is_published_file_name(std::string_view name) {
  return matches_hashed_name(name, kBundlePrefix, kBundleSuffix) ||
         matches_hashed_name(name, kFontPrefix, kFontSuffix);
}
}  // namespace dutyatlas
