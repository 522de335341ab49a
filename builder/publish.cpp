// All-or-nothing output (see publish.h).
#include "publish.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "builder/edition_output.h"
#include "core/base/sha256.h"
#include "core/edition/edition_paths.h"

namespace dutyatlas::builder {
namespace {

namespace fs = std::filesystem;

FileEntry entry_for(const std::vector<std::uint8_t>& bytes, std::string (*name_for)(std::string_view)) {
  FileEntry entry;
  entry.sha256 = sha256_hex(bytes.data(), bytes.size());
  entry.file = name_for(entry.sha256);
  entry.bytes = bytes.size();
  return entry;
}

// The renames in a folder reach the disk only when the folder itself is flushed.
void sync_folder(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Removes the temporary files it made unless commit() was called.
class TemporaryFiles {
 public:
  explicit TemporaryFiles(fs::path dir) : dir_(std::move(dir)) {}
  ~TemporaryFiles() {
    std::error_code ignored;
    for (const auto& path : paths_) fs::remove(path, ignored);
  }

  // Written and flushed to the disk (fsync) before it is renamed: after a power cut the new
  // manifest never names a file whose bytes were still in the page cache.
  fs::path write(const std::string& final_name, const void* data, std::size_t size) {
    fs::path path = dir_ / (".tmp-" + final_name);
    paths_.push_back(path);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
    const char* bytes = static_cast<const char*>(data);
    std::size_t written = 0;
    while (written < size) {
      const ssize_t n = ::write(fd, bytes + written, size - written);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      written += std::size_t(n);
    }
    const bool ok = written == size && ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!ok) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(saved));
    return path;
  }

  // Renames the files written, in the order written, to their final names; between the last
  // two (manifest.json is written last) runs `before_last`.
  void rename_all_into_place(const std::vector<std::string>& final_names,
                             const std::function<void()>& before_last) {
    for (std::size_t i = 0; i < final_names.size(); ++i) {
      if (i + 1 == final_names.size()) before_last();
      fs::rename(paths_[i], dir_ / final_names[i]);
    }
    paths_.clear();
    sync_folder(dir_);
  }


 private:
  fs::path dir_;
  std::vector<fs::path> paths_;
};

// The manifest of the publication in `dir` now, if there is one that reads.
std::optional<Manifest> current_manifest(const fs::path& dir) {
  std::ifstream in(dir / "manifest.json", std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  std::string ignored;
  return parse_manifest(text.str(), &ignored);
}

// The hash-named files a manifest names: its bundle and fonts.
std::set<std::string> published_files(const Manifest& manifest) {
  std::set<std::string> files = {manifest.bundle.file, manifest.font.file};
  for (const TypingFontPiece& piece : manifest.typing_fonts) files.insert(piece.file.file);
  return files;
}

// Bundles and fonts that neither the new manifest nor the one before it names. The previous
// generation stays until the next publication: a reader who fetched the old manifest.json a
// moment before the new one landed still gets the files it names, not a 404.
void remove_stale_files(const fs::path& dir, const Manifest& manifest,
                        const std::optional<Manifest>& previous) {
  std::set<std::string> keep = published_files(manifest);
  if (previous) keep.merge(published_files(*previous));
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (is_published_file_name(name) && !keep.count(name)) {
      std::error_code ignored;
      fs::remove(entry.path(), ignored);
    }
  }
}

// Puts the staged edition at <dir>/text (or, with none staged, removes text/): the old one is
// renamed aside first and removed after, never mixed with the new one.
void install_edition(const fs::path& dir, const std::string& staged) {
  fs::path live = dir / kEditionFolder;
  fs::path old = dir / ".old-text";
  fs::remove_all(old);
  if (fs::exists(live)) fs::rename(live, old);
  if (!staged.empty()) fs::rename(staged, live);
  fs::remove_all(old);
  fs::remove_all(dir / kStagedEditionFolder);  // a leftover when no edition was staged
}

}  // namespace

Manifest publish(const std::string& out_dir, Publication publication) {
  fs::path dir(out_dir);
  fs::create_directories(dir);
  Manifest manifest = publication.manifest;
  manifest.bundle = entry_for(publication.compressed_bundle, bundle_file_name);
  manifest.font = entry_for(publication.font, font_file_name);
  if (manifest.typing_fonts.size() != publication.typing_fonts.size()) {
    throw std::runtime_error("publish: the typing font's pieces and their manifest entries differ in number");
  }
  for (std::size_t i = 0; i < manifest.typing_fonts.size(); ++i) {
    manifest.typing_fonts[i].file = entry_for(publication.typing_fonts[i], font_file_name);
  }
  std::string manifest_text = manifest_to_json(manifest);

  const std::optional<Manifest> previous = current_manifest(dir);
  TemporaryFiles temporary(dir);
  temporary.write(manifest.bundle.file, publication.compressed_bundle.data(),
                  publication.compressed_bundle.size());
  temporary.write(manifest.font.file, publication.font.data(), publication.font.size());
  std::vector<std::string> names = {manifest.bundle.file, manifest.font.file};
  for (std::size_t i = 0; i < manifest.typing_fonts.size(); ++i) {
    const std::string& name = manifest.typing_fonts[i].file.file;
    temporary.write(name, publication.typing_fonts[i].data(), publication.typing_fonts[i].size());
    names.push_back(name);
  }
  names.push_back("manifest.json");
  temporary.write("manifest.json", manifest_text.data(), manifest_text.size());
  // Renamed in this order: manifest.json last, so it never names a file not yet in place.
  temporary.rename_all_into_place(names, [&] { install_edition(dir, publication.staged_edition); });
  // The same data again: nothing changed, nothing to retire.
  if (!previous || published_files(*previous) != published_files(manifest)) {
    remove_stale_files(dir, manifest, previous);
  }
  return manifest;
}

}  // namespace dutyatlas::builder
