// Staging the HTML edition in the output folder (see edition_output.h).
#include "builder/edition_output.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/edition/edition_paths.h"

namespace dutyatlas::builder {

namespace fs = std::filesystem;

std::string edition_url(const std::string& base_url, const std::string& out_dir) {
  if (base_url.empty()) return {};
  std::string folder = out_dir;
  while (folder.size() > 1 && (folder.back() == '/' || folder.back() == '\\')) folder.pop_back();
  std::string name = fs::absolute(folder).lexically_normal().filename().string();
  return base_url + (name.empty() ? "" : name + "/") + kEditionFolder + "/";
}

StagedEdition stage_edition(const DutyDatabase& db, const std::string& out_dir,
                            const std::string& base_url) {
  auto start = std::chrono::steady_clock::now();
  StagedEdition staged;
  fs::path dir = fs::path(out_dir) / kStagedEditionFolder;
  fs::remove_all(dir);  // a leftover of a build that was killed
  fs::create_directories(dir);
  staged.dir = dir.string();
  EditionOptions options;
  options.base_url = edition_url(base_url, out_dir);
  staged.sitemap = !options.base_url.empty();
  fs::path made;  // the last folder created: most pages follow one of the same folder
  staged.stats = write_edition(db, options, [&](const std::string& path, const std::string& content) {
    fs::path file = dir / path;
    if (file.parent_path() != made) {
      fs::create_directories(file.parent_path());
      made = file.parent_path();
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), std::streamsize(content.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + file.string());
  });
  staged.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return staged;
}

}  // namespace dutyatlas::builder
