// manifest.json: what the builder writes is what a reader accepts (round trip), and anything a
// reader does not understand is refused with a message that says what is wrong; plus the
// hash-named file names of bundles and fonts.
#include <doctest/doctest.h>

#include <tuple>

#include <nlohmann/json.hpp>

#include "core/bundle/bundle_format.h"
#include "core/bundle/bundle_schema.h"

using namespace dutyatlas;
using nlohmann::json;

namespace {

const char* const kBundleSha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const char* const kFontSha = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

Manifest sample_manifest() {
  Manifest m;
  m.schema_version = kBundleSchemaVersion;
  m.bundle = {bundle_file_name(kBundleSha), kBundleSha, 9524};
  m.raw_bytes = 53248;
  m.font = {font_file_name(kFontSha), kFontSha, 133392};
  m.font_glyphs = 1390;
  m.counts = {{"bodies", 25}, {"sandings", 5}, {"documents", 5}, {"clause_versions", 96}};
  m.dataset = "示例区";
  m.title = "示例区机构职责";
  m.sample = true;
  m.data_date = "2026-11-01";
  m.builder = "dutyatlas 0.1.0";
  return m;
}

json sample_json() { return json::parse(manifest_to_json(sample_manifest())); }

// Parses `j` and expects a refusal; returns the error message.
std::string refusal(const std::string& text) {
  std::string error;
  auto parsed = parse_manifest(text, &error);
  CHECK_FALSE(parsed.has_value());
  CHECK_FALSE(error.empty());
  return error;
}
std::string refusal(const json& j) { return refusal(j.dump()); }

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("manifest: manifest_to_json → parse_manifest keeps every field") {
  Manifest m = sample_manifest();
  std::string text = manifest_to_json(m);
  std::string error;
  auto parsed = parse_manifest(text, &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  CHECK(parsed->format_version == kBundleFormatVersion);
  CHECK(parsed->schema_version == m.schema_version);
  CHECK(parsed->bundle.file == m.bundle.file);
  CHECK(parsed->bundle.sha256 == m.bundle.sha256);
  CHECK(parsed->bundle.bytes == m.bundle.bytes);
  CHECK(parsed->raw_bytes == m.raw_bytes);
  CHECK(parsed->font.file == m.font.file);
  CHECK(parsed->font.sha256 == m.font.sha256);
  CHECK(parsed->font.bytes == m.font.bytes);
  CHECK(parsed->font_glyphs == m.font_glyphs);
  CHECK(parsed->counts == m.counts);
  CHECK(parsed->dataset == "示例区");
  CHECK(parsed->title == "示例区机构职责");
  CHECK(parsed->sample);
  CHECK(parsed->data_date == "2026-11-01");
  CHECK(parsed->builder == "dutyatlas 0.1.0");
  // Serialising what was parsed gives the same text: the format is deterministic.
  CHECK(manifest_to_json(*parsed) == text);
}

TEST_CASE("manifest: the JSON has the documented shape") {
  json j = sample_json();
  CHECK(j["format"] == "dutyatlas-bundle");
  CHECK(j["format_version"] == 1);
  CHECK(j["schema_version"] == kBundleSchemaVersion);
  CHECK(j["schema_version"] == 5);
  CHECK(j["bundle"]["compressed_bytes"] == 9524);
  CHECK(j["bundle"]["raw_bytes"] == 53248);
  CHECK_FALSE(j["bundle"].contains("bytes"));
  CHECK(j["font"]["bytes"] == 133392);
  CHECK(j["font"]["glyphs"] == 1390);
  CHECK(j["counts"]["clause_versions"] == 96);
  CHECK(j["sample"] == true);
}

TEST_CASE("manifest: unknown members are ignored, sample defaults to false") {
  json j = sample_json();
  j["added_in_a_later_minor_release"] = {1, 2, 3};
  j.erase("sample");
  std::string error;
  auto parsed = parse_manifest(j.dump(), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  CHECK_FALSE(parsed->sample);
}

TEST_CASE("manifest: versions this reader does not know are refused, naming both versions") {
  SUBCASE("format_version 2") {
    json j = sample_json();
    j["format_version"] = 2;
    std::string error = refusal(j);
    CHECK(contains(error, "2"));
    CHECK(contains(error, "版本 1"));
  }
  SUBCASE("schema_version 7") {
    json j = sample_json();
    j["schema_version"] = 7;
    std::string error = refusal(j);
    CHECK(contains(error, "7"));
    CHECK(contains(error, "结构版本"));
    CHECK(contains(error, "版本 " + std::to_string(kBundleSchemaVersion)));
  }
  SUBCASE("format_version missing") {
    json j = sample_json();
    j.erase("format_version");
    CHECK(contains(refusal(j), "版本"));
  }
  SUBCASE("not our format") {
    json j = sample_json();
    j["format"] = "something-else";
    CHECK(contains(refusal(j), "manifest.json"));
    j.erase("format");
    CHECK(contains(refusal(j), "manifest.json"));
  }
}

TEST_CASE("manifest: not JSON, or not an object") {
  CHECK(contains(refusal(std::string("")), "JSON"));
  CHECK(contains(refusal(std::string("<html>404 Not Found</html>")), "JSON"));
  std::string truncated = manifest_to_json(sample_manifest());
  truncated.resize(truncated.size() / 2);
  CHECK(contains(refusal(truncated), "JSON"));
  CHECK(contains(refusal(std::string("[1, 2]")), "JSON"));
  CHECK(contains(refusal(std::string("\"dutyatlas-bundle\"")), "JSON"));
}

TEST_CASE("manifest: missing or malformed bundle and font entries") {
  SUBCASE("bundle missing") {
    json j = sample_json();
    j.erase("bundle");
    CHECK(contains(refusal(j), "bundle"));
  }
  SUBCASE("bundle not an object") {
    json j = sample_json();
    j["bundle"] = "dutyatlas-0123456789abcdef.db.zst";
    CHECK(contains(refusal(j), "bundle"));
  }
  SUBCASE("font missing") {
    json j = sample_json();
    j.erase("font");
    CHECK(contains(refusal(j), "font"));
  }
  SUBCASE("bad sha256: too short, upper case, not hex, not a string") {
    for (json bad : {json("0123"), json(std::string(64, 'A')), json(std::string(64, 'g')),
                     json(12345)}) {
      CAPTURE(bad.dump());
      json j = sample_json();
      j["bundle"]["sha256"] = bad;
      std::string error = refusal(j);
      CHECK(contains(error, "bundle"));
      CHECK(contains(error, "sha256"));
    }
  }
  SUBCASE("file names that leave the folder or are not plain") {
    for (std::string bad : {"../dutyatlas-0123456789abcdef.db.zst", "sub/bundle.db.zst",
                            "/etc/passwd", "..", ".hidden", "", "a\\b", "名字.db.zst"}) {
      CAPTURE(bad);
      json j = sample_json();
      j["bundle"]["file"] = bad;
      CHECK(contains(refusal(j), "文件名"));
      json k = sample_json();
      k["font"]["file"] = bad;
      CHECK(contains(refusal(k), "font"));
    }
  }
  SUBCASE("sizes missing, zero or of the wrong type") {
    for (const char* key : {"compressed_bytes", "raw_bytes"}) {
      std::string key_name = key;
      CAPTURE(key_name);
      json j = sample_json();
      j["bundle"].erase(key);
      CHECK(contains(refusal(j), "大小"));
      j["bundle"][key] = 0;
      CHECK(contains(refusal(j), "大小"));
      j["bundle"][key] = "9524";
      CHECK(contains(refusal(j), "大小"));
      j["bundle"][key] = -1;
      CHECK(contains(refusal(j), "大小"));
    }
  }
}

TEST_CASE("manifest: version fields of the wrong JSON type are refused") {
  for (json bad : {json("1"), json(1.5), json(true), json(nullptr), json::array({1}),
                   json::object({{"major", 1}})}) {
    CAPTURE(bad.dump());
    json j = sample_json();
    j["format_version"] = bad;
    std::string error = refusal(j);
    CHECK(contains(error, "格式版本"));
    CHECK(contains(error, "版本 1"));

    json k = sample_json();
    k["schema_version"] = bad;
    error = refusal(k);
    CHECK(contains(error, "结构版本"));
  }
}

// Regression (core/bundle/bundle_format.cpp, get_int): an integer that does not fit in int is narrowed with
// get<int>(), so format_version 4294967297 (2^32 + 1) wraps to 1 and a manifest of an unknown
// future format is accepted as version 1.
TEST_CASE("manifest: out-of-range version numbers are not wrapped into range") {
  for (const char* key : {"format_version", "schema_version"}) {
    std::string key_name = key;
    CAPTURE(key_name);
    json j = sample_json();
    j[key] = 4294967297ULL;
    refusal(j);
  }
}

// Regression (core/bundle/bundle_format.cpp, parse_manifest): "format_version": "1" (a string)
// is reported as "数据包格式版本为 0", a version the file never states.
TEST_CASE("manifest: a version of the wrong type is not reported as version 0") {
  json j = sample_json();
  j["format_version"] = "1";
  CHECK_FALSE(contains(refusal(j), "版本为 0"));
}

TEST_CASE("manifest: counts of the wrong type are dropped, the rest is kept") {
  json j = sample_json();
  j["counts"]["bodies"] = "25";
  j["counts"]["documents"] = -5;
  std::string error;
  auto parsed = parse_manifest(j.dump(), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  CHECK(parsed->counts.count("bodies") == 0);
  CHECK(parsed->counts.count("documents") == 0);
  CHECK(parsed->counts.at("clause_versions") == 96);
}

TEST_CASE("manifest: bundle_file_name and font_file_name use the first 16 hex digits") {
  CHECK(bundle_file_name(kBundleSha) == "dutyatlas-0123456789abcdef.db.zst");
  CHECK(font_file_name(kFontSha) == "font-fedcba9876543210.ttf");
  // Same leading digits → same name; different → different.
  std::string other = kBundleSha;
  other[20] = 'f';
  CHECK(bundle_file_name(other) == bundle_file_name(kBundleSha));
  other[3] = 'f';
  CHECK(bundle_file_name(other) != bundle_file_name(kBundleSha));
}

TEST_CASE("manifest: is_published_file_name recognises exactly the hashed names") {
  CHECK(is_published_file_name(bundle_file_name(kBundleSha)));
  CHECK(is_published_file_name(font_file_name(kFontSha)));
  CHECK_FALSE(is_published_file_name("manifest.json"));
  CHECK_FALSE(is_published_file_name("index.html"));
  CHECK_FALSE(is_published_file_name("dutyatlas-0123456789abcdef.db"));       // wrong suffix
  CHECK_FALSE(is_published_file_name("dutyatlas-0123456789abcde.db.zst"));    // 15 digits
  CHECK_FALSE(is_published_file_name("dutyatlas-0123456789abcdef0.db.zst"));  // 17 digits
  CHECK_FALSE(is_published_file_name("dutyatlas-0123456789ABCDEF.db.zst"));   // upper case
  CHECK_FALSE(is_published_file_name("dutyatlas-0123456789abcdeg.db.zst"));   // not hex
  CHECK_FALSE(is_published_file_name(".tmp-dutyatlas-0123456789abcdef.db.zst"));
  CHECK_FALSE(is_published_file_name("font-0123456789abcdef.otf"));
  CHECK_FALSE(is_published_file_name("font-0123456789abcdef.db.zst"));
  CHECK_FALSE(is_published_file_name("dutyatlas-0123456789abcdef.ttf"));
  CHECK_FALSE(is_published_file_name(""));
}

TEST_CASE("manifest: embed_origins round-trips; absent in older manifests means embedding is off") {
  Manifest m = sample_manifest();
  CHECK_FALSE(sample_json().contains("embed_origins"));  // not written when nobody is allowed
  std::string error;
  auto older = parse_manifest(sample_json().dump(), &error);
  REQUIRE_MESSAGE(older.has_value(), error);
  CHECK(older->embed_origins.empty());

  m.embed_origins = {"https://12345.example.gov.cn", "http://127.0.0.1:8081"};
  auto parsed = parse_manifest(manifest_to_json(m), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  CHECK(parsed->embed_origins == m.embed_origins);
}

TEST_CASE("manifest: a hand-edited embed_origins can only allow less: bad entries are dropped") {
  json j = sample_json();
  j["embed_origins"] = {"*", "https://ok.example.gov.cn", "https://x.example.gov.cn/path", 7,
                        "https://*.example.gov.cn"};
  std::string error;
  auto parsed = parse_manifest(j.dump(), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  CHECK(parsed->embed_origins == std::vector<std::string>{"https://ok.example.gov.cn"});
  j["embed_origins"] = "*";  // not a list: nothing allowed
  parsed = parse_manifest(j.dump(), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  CHECK(parsed->embed_origins.empty());
}

TEST_CASE("manifest: sizes past what a reader can allocate are refused, not wrapped") {
  // 2^32 + 16 would become a 16-byte buffer in the 32-bit wasm heap.
  json j = sample_json();
  j["bundle"]["compressed_bytes"] = (1ull << 32) + 16;
  CHECK(contains(refusal(j), "数据包大小"));
  j = sample_json();
  j["bundle"]["raw_bytes"] = kMaxDatabaseBytes + 1;
  CHECK(contains(refusal(j), "数据包大小"));
  j = sample_json();
  j["font"]["bytes"] = kMaxFontBytes + 1;
  CHECK(contains(refusal(j), "字体大小"));
  j = sample_json();
  j["font"]["bytes"] = 11;  // shorter than a font's offset table
  CHECK(contains(refusal(j), "字体大小"));
  j = sample_json();
  j["bundle"]["compressed_bytes"] = kMaxBundleBytes;  // the largest allowed is allowed
  std::string error;
  CHECK(parse_manifest(j.dump(), &error).has_value());
}

namespace {

// Two typing-font pieces, as the builder writes them: ranges in order, not overlapping.
Manifest manifest_with_typing_pieces() {
  Manifest m = sample_manifest();
  for (auto [first, last, sha] : {std::tuple{0x4E00u, 0x4FFFu, kFontSha}, std::tuple{0x5000u, 0x9FA5u, kBundleSha}}) {
    TypingFontPiece piece;
    piece.file = {font_file_name(sha), sha, 20000};
    piece.glyphs = 300;
    piece.first = first;
    piece.last = last;
    m.typing_fonts.push_back(piece);
  }
  return m;
}

}  // namespace

TEST_CASE("manifest: the typing font's pieces round-trip with their ranges") {
  Manifest m = manifest_with_typing_pieces();
  std::string error;
  auto parsed = parse_manifest(manifest_to_json(m), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  REQUIRE(parsed->typing_fonts.size() == 2);
  CHECK(parsed->typing_fonts[1].file.file == m.typing_fonts[1].file.file);
  CHECK(parsed->typing_fonts[1].file.sha256 == kBundleSha);
  CHECK(parsed->typing_fonts[1].glyphs == 300);
  CHECK(parsed->typing_fonts[0].first == 0x4E00);
  CHECK(parsed->typing_fonts[1].last == 0x9FA5);
  CHECK(json::parse(manifest_to_json(m))["typing_fonts"][0]["first"] == 0x4E00);
  // None at all: an empty list, and a manifest without the field reads the same.
  json j = sample_json();
  CHECK(j["typing_fonts"] == json::array());
  j.erase("typing_fonts");
  auto without = parse_manifest(j.dump(), &error);
  REQUIRE(without.has_value());
  CHECK(without->typing_fonts.empty());
}

TEST_CASE("manifest: an older manifest's single typing font is one piece over every character") {
  json j = sample_json();
  j.erase("typing_fonts");
  j["typing_font"] = {{"file", font_file_name(kFontSha)}, {"sha256", kFontSha}, {"bytes", 500000}, {"glyphs", 6000}};
  std::string error;
  auto parsed = parse_manifest(j.dump(), &error);
  REQUIRE_MESSAGE(parsed.has_value(), error);
  REQUIRE(parsed->typing_fonts.size() == 1);
  CHECK(parsed->typing_fonts[0].file.bytes == 500000);
  CHECK(parsed->typing_fonts[0].first <= U'熏');
  CHECK(parsed->typing_fonts[0].last >= U'熏');
}

TEST_CASE("manifest: typing-font pieces that overlap, run backwards or are malformed are refused, naming the piece") {
  json good = json::parse(manifest_to_json(manifest_with_typing_pieces()));
  json j = good;
  j["typing_fonts"][1]["first"] = 0x4FFF;  // overlaps the piece before
  CHECK(contains(refusal(j), "typing_fonts[1]"));
  j = good;
  j["typing_fonts"][0]["last"] = 0x4DFF;  // ends before it starts
  CHECK(contains(refusal(j), "typing_fonts[0]"));
  j = good;
  j["typing_fonts"][1]["last"] = 0x1F600;  // past what the client can draw
  CHECK(contains(refusal(j), "typing_fonts[1]"));
  j = good;
  j["typing_fonts"][0]["first"] = "一";
  CHECK(contains(refusal(j), "typing_fonts[0]"));
  j = good;
  j["typing_fonts"][1]["file"] = "../index.html";
  CHECK(contains(refusal(j), "typing_fonts[1]"));
  j = good;
  j["typing_fonts"][0]["bytes"] = kMaxFontBytes + 1;
  CHECK(contains(refusal(j), "字体大小"));
  j = good;
  j["typing_fonts"] = "font.ttf";
  CHECK(contains(refusal(j), "typing_fonts"));
  j = good;
  j["typing_fonts"] = json::array();
  for (std::size_t i = 0; i <= kMaxTypingFontPieces; ++i) {
    json piece = good["typing_fonts"][0];
    piece["first"] = 0x4E00 + 2 * i;
    piece["last"] = 0x4E00 + 2 * i;
    j["typing_fonts"].push_back(piece);
  }
  CHECK(contains(refusal(j), "typing_fonts"));
}
