// check_publication: the background update check's verdict on a downloaded publication.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/api/publication_check.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

struct Publication {
  std::string manifest;
  std::vector<std::uint8_t> bundle, font;
  std::string check() const {
    return check_publication(manifest, bundle.data(), bundle.size(), font.data(), font.size());
  }
};

Publication built(const fs::path& out) {
  Publication p;
  p.manifest = read_file(out / "manifest.json");
  auto m = nlohmann::json::parse(p.manifest);
  p.bundle = bytes_of(read_file(out / m["bundle"]["file"].get<std::string>()));
  p.font = bytes_of(read_file(out / m["font"]["file"].get<std::string>()));
  return p;
}

TEST_CASE("publication check: a good publication passes; every broken part is named") {
  TempDir work;
  build_publication(demo_dir(), work.path() / "out");
  const Publication good = built(work.path() / "out");
  CHECK(good.check() == "");

  SUBCASE("a flipped byte in the bundle") {
    Publication p = good;
    p.bundle[p.bundle.size() / 2] ^= 0x40;
    CHECK(has(p.check(), "SHA-256"));
  }
  SUBCASE("a bundle cut short") {
    Publication p = good;
    p.bundle.resize(p.bundle.size() - 10);
    CHECK(has(p.check(), "数据包大小"));
  }
  SUBCASE("a font that is not the manifest's") {
    Publication p = good;
    p.font.back() ^= 0x01;
    CHECK(has(p.check(), "字体文件与清单不符"));
  }
  SUBCASE("a manifest that is not JSON, or of a newer format") {
    Publication p = good;
    p.manifest = "<html>404</html>";
    CHECK_FALSE(p.check().empty());
    auto m = nlohmann::json::parse(good.manifest);
    m["format_version"] = 99;
    p.manifest = m.dump();
    CHECK_FALSE(p.check().empty());
  }
}

}  // namespace
