// drift_publication SOURCE_DIR SQL OUT_DIR: writes into OUT_DIR the publication of SOURCE_DIR
// with `SQL` run on its database (a column dropped, a table renamed) — a publication that passes
// the manifest checks and is refused at open for its schema.
// drift_publication SOURCE_DIR --corrupt TABLE OUT_DIR: the same with TABLE's root page made
// unreadable — it opens, and fails the queries that read TABLE.
// For the browser tests (tests/browser/failures.test.mjs); the builder never writes such a thing.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "schema_drift.h"

namespace {

std::vector<std::uint8_t> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  const bool corrupt = argc == 5 && std::string(argv[2]) == "--corrupt";
  if (argc != 4 && !corrupt) {
    std::cerr << "usage: drift_publication SOURCE_DIR SQL|--corrupt TABLE OUT_DIR\n";
    return 2;
  }
  const std::string source = argv[1], change = argv[corrupt ? 3 : 2], out = argv[corrupt ? 4 : 3];
  try {
    dutyatlas::Manifest manifest;
    std::string error;
    // Not the search index: the image is the bundle's, which since schema 5 holds none.
    auto db = dutyatlas::open_bundle_dir(source, &manifest, &error, dutyatlas::SearchIndexAt::kLater);
    if (!db) throw std::runtime_error(source + ": " + error);
    std::vector<std::uint8_t> image = dutyatlas::test::image_of(*db);
    image = corrupt ? dutyatlas::test::corrupt_table(std::move(image), change)
                    : dutyatlas::test::drift_image(image, change);
    std::vector<std::vector<std::uint8_t>> typing;
    for (const auto& piece : manifest.typing_fonts) typing.push_back(read_bytes(source + "/" + piece.file.file));
    dutyatlas::test::publish_image(image, manifest, read_bytes(source + "/" + manifest.font.file),
                                   std::move(typing), out);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "drift_publication: " << e.what() << "\n";
    return 1;
  }
}
