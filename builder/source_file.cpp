// Reading a source file without following links (see source_file.h).
#include "builder/source_file.h"

#include <fstream>
#include <sstream>

namespace dutyatlas::builder {

namespace fs = std::filesystem;

bool source_file_exists(const fs::path& dir, const std::string& name) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(dir / name, ec));
}

std::optional<std::string> read_source_file(const fs::path& dir, const std::string& name,
                                            SourceFileProblem* problem) {
  // Every step below the source folder: a linked folder (lists → /etc) is as outside as a
  // linked file.
  fs::path at = dir;
  for (const fs::path& part : fs::path(name)) {
    at /= part;
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(at, ec);
    if (!fs::exists(status)) {
      *problem = {"required file is missing", "see docs/source-format.md"};
      return std::nullopt;
    }
    if (fs::is_symlink(status)) {
      *problem = {"is a symbolic link (" + at.lexically_relative(dir).string() +
                      "); only regular files inside the source folder are read",
                  "copy the file into the source folder instead of linking to it"};
      return std::nullopt;
    }
  }
  std::error_code ec;
  const fs::path path = dir / name;
  if (!fs::is_regular_file(fs::symlink_status(path, ec))) {
    *problem = {fs::is_directory(path, ec) ? "is a folder, not a file" : "is not a regular file",
                "put the data in a regular file"};
    return std::nullopt;
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > kMaxSourceFileBytes) {
    *problem = {ec ? "cannot read the file size" : "is larger than " +
                    std::to_string(kMaxSourceFileBytes >> 20) + " MB",
                "split the data into smaller files, or check that this is the right file"};
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  if (in) buffer << in.rdbuf();
  if (!in || in.bad()) {
    *problem = {"cannot read the file", "check that it can be read"};
    return std::nullopt;
  }
  return buffer.str();
}

}  // namespace dutyatlas::builder
