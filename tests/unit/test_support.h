// Helpers shared by the unit tests: temporary folders, whole-file I/O, the demo data set.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

#include "builder/bundle_writer.h"
#include "builder/source_reader.h"
#include "core/bundle/bundle_format.h"
#include "core/bundle/duty_database.h"

namespace dutyatlas::test {

namespace fs = std::filesystem;

// True if `part` occurs in `text` (messages are checked by the words they must contain).
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

inline fs::path source_root() { return fs::path(DUTYATLAS_SOURCE_DIR); }
// The small first demo publication (25 bodies): quick to build, and what the assertions name.
// The full demo district in assets/demo is exercised by the browser tests.
inline fs::path demo_dir() { return source_root() / "tests" / "data" / "first-demo"; }

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("test: cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  if (!out) throw std::runtime_error("test: cannot write " + path.string());
}

inline std::vector<std::uint8_t> bytes_of(const std::string& s) {
  return std::vector<std::uint8_t>(s.begin(), s.end());
}

// A fresh, empty folder under the system temp dir, removed (with its contents) on destruction.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = fs::temp_directory_path() /
            ("dutyatlas-test-" + std::to_string(::getpid()) + "-" + std::to_string(stamp) + "-" +
             std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// Copies the first demo (tests/data/first-demo) into `dst` (created if needed).
inline void copy_demo(const fs::path& dst) {
  fs::create_directories(dst);
  fs::copy(demo_dir(), dst, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

// File names in a folder, sorted.
inline std::vector<std::string> list_names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// How many pieces of the typing font the publication in `dir` has (manifest.json's typing_fonts):
// a build writes its bundle, font, manifest.json, text/ and these.
inline std::size_t typing_font_pieces(const fs::path& dir) {
  std::string error;
  auto manifest = parse_manifest(read_file(dir / "manifest.json"), &error);
  if (!manifest) throw std::runtime_error(dir.string() + ": " + error);
  return manifest->typing_fonts.size();
}

// The demo data set as the builder reads it, with its duty history (asserts nothing: tests
// check the diagnostics).
inline builder::Source read_demo(builder::Diagnostics* diagnostics) {
  return builder::read_source_folder(demo_dir().string(), diagnostics);
}

// Opens a database image the builder wrote (throws if it cannot be opened).
inline std::unique_ptr<DutyDatabase> open_image(const builder::DatabaseImage& image) {
  std::string error;
  auto opened = DutyDatabase::open_image(image.bytes.data(), image.bytes.size(), &error);
  if (!opened) throw std::runtime_error("test: cannot open image: " + error);
  return opened;
}

// The full demo district of assets/demo (what the site publishes), built once and opened from
// its uncompressed image.
inline const DutyDatabase& demo_district() {
  static std::unique_ptr<DutyDatabase> db = [] {
    builder::Diagnostics diagnostics;
    builder::Source source =
        builder::read_source_folder((source_root() / "assets" / "demo").string(), &diagnostics);
    if (diagnostics.has_errors()) throw std::runtime_error("test: assets/demo has errors");
    return open_image(builder::write_database_image(source.dataset, source.history));
  }();
  return *db;
}

// The demo database, built once and opened from its uncompressed image.
inline const DutyDatabase& demo_database() {
  static std::unique_ptr<DutyDatabase> db = [] {
    builder::Diagnostics diagnostics;
    builder::Source source = read_demo(&diagnostics);
    if (diagnostics.has_errors()) throw std::runtime_error("test: demo data has errors");
    return open_image(builder::write_database_image(source.dataset, source.history));
  }();
  return *db;
}

// Redirects std::cout and std::cerr into strings for the lifetime of the object, so tests of
// the CLI pipeline can check what it told the publisher without cluttering the test log.
class CaptureOutput {
 public:
  CaptureOutput() : old_out_(std::cout.rdbuf(out_.rdbuf())), old_err_(std::cerr.rdbuf(err_.rdbuf())) {}
  ~CaptureOutput() {
    std::cout.rdbuf(old_out_);
    std::cerr.rdbuf(old_err_);
  }
  std::string out() const { return out_.str(); }
  std::string err() const { return err_.str(); }

 private:
  std::ostringstream out_, err_;
  std::streambuf* old_out_;
  std::streambuf* old_err_;
};

}  // namespace dutyatlas::test
