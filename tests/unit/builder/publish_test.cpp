// Publishing is all or nothing: a successful publish leaves exactly manifest.json, the bundle
// and the font it names (stale ones removed); a failed publish or build — broken sources, a
// missing font, an unwritable file — leaves the previous publication byte-identical and no
// `.tmp-*` files behind. The published folder opens and answers queries.
#include <algorithm>
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "builder/build_command.h"
#include "builder/publish.h"
#include "core/bundle/bundle_format.h"
#include "core/bundle/bundle_schema.h"
#include "core/bundle/duty_database.h"
#include "core/duties/duty_queries.h"
#include "core/api/query_json.h"
#include "core/base/sha256.h"
#include "build_options.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
namespace fs = std::filesystem;

namespace {

// Every file under a folder (the HTML edition's too) with its bytes: compare before and after
// to prove nothing changed.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string name = fs::relative(entry.path(), dir).generic_string();
    if (entry.is_regular_file()) files[name] = read_file(entry.path());
    else files[name + "/"] = "";
  }
  return files;
}

std::vector<std::string> temporary_files(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& name : list_names(dir)) {
    if (name.rfind(".tmp-", 0) == 0) found.push_back(name);
  }
  return found;
}

builder::Publication fake_publication(const std::string& tag) {
  builder::Publication p;
  p.compressed_bundle = bytes_of("compressed bundle " + tag);
  p.font = bytes_of("font bytes " + tag);
  p.manifest.schema_version = kBundleSchemaVersion;
  p.manifest.raw_bytes = 4096;
  p.manifest.dataset = "测试区";
  p.manifest.title = "发布 " + tag;
  return p;
}

int run_build_quietly(const builder::BuildOptions& options, std::string* err = nullptr) {
  CaptureOutput capture;
  int code = builder::run_build(options);
  if (err) *err = capture.err();
  return code;
}


}  // namespace

TEST_CASE("publish: writes the bundle, the font and a manifest that names them") {
  TempDir out;
  builder::Publication p = fake_publication("A");
  Manifest written = builder::publish(out.str(), p);

  std::string bundle_sha = sha256_hex("compressed bundle A");
  std::string font_sha = sha256_hex("font bytes A");
  CHECK(written.bundle.file == bundle_file_name(bundle_sha));
  CHECK(written.bundle.sha256 == bundle_sha);
  CHECK(written.bundle.bytes == p.compressed_bundle.size());
  CHECK(written.font.file == font_file_name(font_sha));
  CHECK(written.font.sha256 == font_sha);
  CHECK(written.font.bytes == p.font.size());
  CHECK(list_names(out.path()) ==
        std::vector<std::string>{written.bundle.file, written.font.file, "manifest.json"});
  CHECK(read_file(out / written.bundle.file) == "compressed bundle A");
  CHECK(read_file(out / written.font.file) == "font bytes A");

  std::string error;
  auto manifest = parse_manifest(read_file(out / "manifest.json"), &error);
  REQUIRE_MESSAGE(manifest, error);
  CHECK(manifest->bundle.file == written.bundle.file);
  CHECK(manifest->font.sha256 == font_sha);
  CHECK(manifest->title == "发布 A");
  CHECK(read_file(out / "manifest.json") == manifest_to_json(written));
}

TEST_CASE("publish: creates a missing output folder") {
  TempDir root;
  fs::path out = root / "site" / "data";
  builder::publish(out.string(), fake_publication("A"));
  CHECK(fs::exists(out / "manifest.json"));
}

TEST_CASE("publish: the previous generation stays for readers mid-load; older ones go, nothing else") {
  TempDir out;
  Manifest first = builder::publish(out.str(), fake_publication("A"));
  write_file(out / "index.html", "<!doctype html>");
  write_file(out / "dutyatlas-notahash.db.zst", "someone else's file");
  Manifest second = builder::publish(out.str(), fake_publication("B"));
  REQUIRE(first.bundle.file != second.bundle.file);
  REQUIRE(first.font.file != second.font.file);
  auto sorted = [](std::vector<std::string> names) {
    std::sort(names.begin(), names.end());
    return names;
  };
  // A reader who fetched A's manifest a moment ago still finds A's bundle and font.
  CHECK(list_names(out.path()) ==
        sorted({first.bundle.file, second.bundle.file, "dutyatlas-notahash.db.zst",
                first.font.file, second.font.file, "index.html", "manifest.json"}));
  CHECK(read_file(out / first.bundle.file) == "compressed bundle A");
  // A third publication removes A's files and keeps B's.
  Manifest third = builder::publish(out.str(), fake_publication("C"));
  CHECK(list_names(out.path()) ==
        sorted({second.bundle.file, third.bundle.file, "dutyatlas-notahash.db.zst",
                second.font.file, third.font.file, "index.html", "manifest.json"}));
  CHECK(read_file(out / "index.html") == "<!doctype html>");

  SUBCASE("publishing the same data again changes nothing") {
    auto before = snapshot(out.path());
    Manifest again = builder::publish(out.str(), fake_publication("C"));
    CHECK(again.bundle.file == third.bundle.file);
    CHECK(snapshot(out.path()) == before);
  }
}

TEST_CASE("publish: a failed publish leaves the previous publication as it was") {
  TempDir out;
  builder::publish(out.str(), fake_publication("A"));
  auto before = snapshot(out.path());

  SUBCASE("manifest.json cannot be written") {
    // A non-empty folder where the temporary manifest would go: writing it fails after the
    // bundle and the font have been written to their temporary names.
    write_file(out / ".tmp-manifest.json" / "keep", "x");
    before = snapshot(out.path());
    CHECK_THROWS(builder::publish(out.str(), fake_publication("B")));
    CHECK(snapshot(out.path()) == before);
    CHECK(temporary_files(out.path()) == std::vector<std::string>{".tmp-manifest.json"});
  }
  SUBCASE("the new bundle cannot be written") {
    Manifest b;
    {
      TempDir scratch;
      b = builder::publish(scratch.str(), fake_publication("B"));
    }
    write_file(out / (".tmp-" + b.bundle.file) / "keep", "x");
    before = snapshot(out.path());
    CHECK_THROWS(builder::publish(out.str(), fake_publication("B")));
    CHECK(snapshot(out.path()) == before);
  }
  SUBCASE("the output path is a file") {
    write_file(out / "not-a-folder", "x");
    CHECK_THROWS(builder::publish((out / "not-a-folder").string(), fake_publication("B")));
    CHECK(read_file(out / "not-a-folder") == "x");
    before = snapshot(out.path());
  }
  CHECK(snapshot(out.path()) == before);
  std::string error;
  auto manifest = parse_manifest(read_file(out / "manifest.json"), &error);
  REQUIRE_MESSAGE(manifest, error);
  CHECK(manifest->title == "发布 A");
  CHECK(fs::exists(out / manifest->bundle.file));
}

TEST_CASE("build: the demo publishes, opens and answers; failed builds leave it untouched") {
  TempDir work;
  fs::path source = work / "source";
  fs::path out = work / "site";
  copy_demo(source);

  std::string err;
  REQUIRE(run_build_quietly(build_options(source, out), &err) == 0);
  INFO(err);
  auto published = snapshot(out);
  CHECK(temporary_files(out).empty());

  // The folder opens the way the CLI's `query` and the tests open it.
  Manifest manifest;
  std::string error;
  auto db = open_bundle_dir(out.string(), &manifest, &error);
  REQUIRE_MESSAGE(db, error);
  // bundle, font, the typing font's pieces, manifest.json, text/
  CHECK(list_names(out).size() == 4 + manifest.typing_fonts.size());
  CHECK(manifest.dataset == "示例区");
  CHECK(manifest.sample);
  CHECK(manifest.data_date == "2026-11-01");
  CHECK(manifest.counts.at("bodies") == 25);
  CHECK(manifest.counts.at("sandings") == 5);
  CHECK(manifest.counts.at("documents") == 5);
  CHECK(manifest.counts.at("clause_versions") == 96);
  CHECK(manifest.font_glyphs > 100);
  // What a person may type beyond the data (GB2312) comes as a second font, in pieces of
  // consecutive characters loaded when one of them is typed: each holds its range's characters.
  REQUIRE(manifest.typing_fonts.size() > 10);
  std::size_t typing_glyphs = 0;
  char32_t previous_last = 0;
  for (const TypingFontPiece& piece : manifest.typing_fonts) {
    CHECK(piece.first > previous_last);
    previous_last = piece.last;
    typing_glyphs += piece.glyphs;
    std::string bytes = read_file(out / piece.file.file);
    CHECK(bytes.size() == piece.file.bytes);
    CHECK(bytes.size() < 64 * 1024);  // a few characters typed fetch little
    CHECK(sha256_hex(bytes) == piece.file.sha256);
  }
  CHECK(typing_glyphs > 3000);
  // 熏 is not in the demo data; it is in the piece whose range holds it, and in no other.
  auto holding = [&](char32_t cp) {
    return std::count_if(manifest.typing_fonts.begin(), manifest.typing_fonts.end(),
                         [&](const TypingFontPiece& p) { return p.first <= cp && cp <= p.last; });
  };
  CHECK(holding(U'熏') == 1);
  CHECK(read_file(out / manifest.font.file).size() == manifest.font.bytes);
  CHECK(sha256_hex(read_file(out / manifest.font.file)) == manifest.font.sha256);
  CHECK(list_bodies(*db).size() == 25);
  CHECK(has(answer_query_json(*db, R"({"query": "body", "id": "sthjj"})"), "示例区生态环境局"));

  SUBCASE("sources with an error") {
    write_file(source / "sanding" / "zz.json", "{\"body\": \"nobody\"}");
    CHECK(run_build_quietly(build_options(source, out), &err) == 1);
    CHECK(has(err, "sanding/zz.json:1:10: error: /body: no body has id \"nobody\""));
    CHECK(has(err, "nothing was written"));
  }
  SUBCASE("a change to a clause that is not in force") {
    write_file(source / "documents" / "zz.json", R"({"doc_no": "示编〔2022〕1号", "title": "t",
 "issuer": "i", "kind": "adjustment", "issued": "2022-01-01", "effective": "2022-01-01",
 "changes": [{"action": "remove", "body": "sthjj", "clause": "21"}]})");
    CHECK(run_build_quietly(build_options(source, out), &err) == 1);
    CHECK(has(err, "documents/zz.json:3:"));
    CHECK(has(err, "/changes/0/clause: clause \"21\" of sthjj is not in force on 2022-01-01"));
    CHECK(has(err, "nothing was written"));
  }
  SUBCASE("source folder missing") {
    CHECK(run_build_quietly(build_options(work / "no-such-source", out), &err) == 1);
  }
  SUBCASE("font file that does not exist") {
    auto options = build_options(source, out);
    options.font_path = (work / "no-such-font.ttf").string();
    CHECK(run_build_quietly(options, &err) == 1);
    CHECK(has(err, "no-such-font.ttf"));
  }
  SUBCASE("a character the font cannot draw") {
    std::string dataset = read_file(source / "dataset.json");
    dataset.replace(dataset.find("示例区机构职责"), std::string("示例区机构职责").size(),
                    "示例区机构职责\xF0\x9F\x98\x80");  // U+1F600
    write_file(source / "dataset.json", dataset);
    CHECK(run_build_quietly(build_options(source, out), &err) == 1);
    CHECK(has(err, "U+1F600"));
  }
  SUBCASE("interface text file that does not exist") {
    auto options = build_options(source, out);
    options.ui_text_files.push_back((work / "no-such-ui_text.h").string());
    CHECK(run_build_quietly(options, &err) == 1);
  }
  CHECK(snapshot(out) == published);
  CHECK(temporary_files(out).empty());
}

TEST_CASE("build: rebuilding with new data replaces the bundle and font, keeping the previous generation") {
  TempDir work;
  fs::path source = work / "source";
  fs::path out = work / "site";
  copy_demo(source);
  REQUIRE(run_build_quietly(build_options(source, out)) == 0);
  Manifest first, second;
  std::string error;
  REQUIRE_MESSAGE(open_bundle_dir(out.string(), &first, &error), error);

  // A title with characters the demo does not use: new data and a new font subset.
  std::string dataset = read_file(source / "dataset.json");
  dataset.replace(dataset.find("示例区机构职责"), std::string("示例区机构职责").size(),
                  "示例区机构职责一览鑫");
  write_file(source / "dataset.json", dataset);
  REQUIRE(run_build_quietly(build_options(source, out)) == 0);
  auto db = open_bundle_dir(out.string(), &second, &error);
  REQUIRE_MESSAGE(db, error);

  CHECK(second.bundle.file != first.bundle.file);
  CHECK(second.font.file != first.font.file);
  std::set<std::string> expected = {second.bundle.file, second.font.file, first.bundle.file,
                                    first.font.file, "manifest.json", "text"};
  for (const Manifest* m : {&first, &second}) {
    for (const TypingFontPiece& piece : m->typing_fonts) expected.insert(piece.file.file);
  }
  auto names = list_names(out);
  CHECK(std::set<std::string>(names.begin(), names.end()) == expected);  // the new and the one before
  CHECK(dataset_info(*db).title == "示例区机构职责一览鑫");
}

TEST_CASE("build: building the same sources twice gives the same files") {
  TempDir work;
  fs::path out1 = work / "one", out2 = work / "two";
  REQUIRE(run_build_quietly(build_options(demo_dir(), out1)) == 0);
  REQUIRE(run_build_quietly(build_options(demo_dir(), out2)) == 0);
  CHECK(snapshot(out1) == snapshot(out2));
}
