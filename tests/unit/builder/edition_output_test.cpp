// `dutyatlas build` writes the HTML edition into <out>/text/ as part of the same all-or-nothing
// publish as the bundle: pages of bodies that no longer exist go, no staging folder is left, a
// base_url in dataset.json brings sitemap.xml and robots.txt with absolute URLs (without it, a
// warning), and --no-edition removes an edition that would describe other data.
#include <doctest/doctest.h>

#include "builder/build_command.h"
#include "builder/edition_output.h"
#include "build_options.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
namespace fs = std::filesystem;

namespace {

int build(const builder::BuildOptions& options, std::string* out = nullptr, std::string* err = nullptr) {
  CaptureOutput capture;
  int code = builder::run_build(options);
  if (out) *out = capture.out();
  if (err) *err = capture.err();
  return code;
}

void set_base_url(const fs::path& source, const std::string& url) {
  std::string dataset = read_file(source / "dataset.json");
  dataset.replace(dataset.find("\"sample\""), 0, "\"base_url\": \"" + url + "\",\n  ");
  write_file(source / "dataset.json", dataset);
}

}  // namespace

TEST_CASE("edition output: the edition's URL is the site's address, the publication folder, text/") {
  CHECK(builder::edition_url("https://duty.example.gov.cn/", "out/site/data") ==
        "https://duty.example.gov.cn/data/text/");
  CHECK(builder::edition_url("https://duty.example.gov.cn/", "out/site/data/") ==
        "https://duty.example.gov.cn/data/text/");
  CHECK(builder::edition_url("", "out/site/data").empty());
}

TEST_CASE("edition output: build writes text/, replaces it whole on a rebuild and warns without base_url") {
  TempDir work;
  fs::path source = work / "source";
  fs::path out = work / "data";
  copy_demo(source);
  std::string stdout_text, stderr_text;
  REQUIRE(build(build_options(source, out), &stdout_text, &stderr_text) == 0);
  CHECK(fs::exists(out / "text" / "index.html"));
  CHECK(fs::exists(out / "text" / "body" / "sthjj.html"));
  CHECK(fs::exists(out / "text" / "style.css"));
  CHECK(!fs::exists(out / "text" / "sitemap.xml"));
  CHECK(has(stderr_text, "dataset.json: warning: no base_url: the HTML edition has no sitemap.xml"));
  CHECK(has(stdout_text, "/text/ (HTML edition: "));
  CHECK(!fs::exists(out / builder::kStagedEditionFolder));

  // A page of a body that no longer exists (left by an older publication) is removed.
  write_file(out / "text" / "body" / "gone.html", "stale");
  set_base_url(source, "https://duty.example.gov.cn/");
  REQUIRE(build(build_options(source, out), &stdout_text, &stderr_text) == 0);
  CHECK(!fs::exists(out / "text" / "body" / "gone.html"));
  CHECK(!has(stderr_text, "no base_url"));
  std::string sitemap = read_file(out / "text" / "sitemap.xml");
  CHECK(has(sitemap, "<loc>https://duty.example.gov.cn/data/text/body/sthjj.html</loc>"));
  CHECK(read_file(out / "text" / "robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: https://duty.example.gov.cn/data/text/sitemap.xml\n");
  // bundle, font, manifest.json, text/ and the typing font's pieces
  CHECK(list_names(out).size() == 4 + typing_font_pieces(out));

  SUBCASE("--no-edition removes the edition") {
    auto options = build_options(source, out);
    options.edition = false;
    REQUIRE(build(options) == 0);
    CHECK(!fs::exists(out / "text"));
    CHECK(list_names(out).size() == 3 + typing_font_pieces(out));
  }
}
