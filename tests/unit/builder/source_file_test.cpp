// Source files are read only when they are regular files inside the source folder
// (builder/source_file.h): a link — to a file outside, to /dev/zero, or a linked folder — a FIFO
// and a nesting bomb are each one error naming the file, never published and never a crash.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "builder/source_reader.h"
#include "source_tree.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
namespace fs = std::filesystem;

namespace {

// The one error of reading `tree`, formatted as the CLI prints it.
std::string only_error(const SourceTree& tree) {
  builder::Diagnostics diagnostics;
  tree.read(&diagnostics);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  for (const auto& d : diagnostics.all()) {
    if (d.severity == builder::Diagnostic::Severity::kError) return builder::format_diagnostic(d);
  }
  return {};
}

const char* const kPowers = "事项编码,事项名称,事项类型,实施主体,设定依据\n";

}  // namespace

TEST_CASE("source file: a list that is a link to a file outside the folder is refused") {
  TempDir outside;
  write_file(outside / "secret.csv", kPowers);
  SourceTree tree;
  fs::create_directories(tree / "lists");
  fs::create_symlink(outside / "secret.csv", tree / "lists/powers.csv");
  std::string error = only_error(tree);
  CHECK(has(error, "lists/powers.csv"));
  CHECK(has(error, "symbolic link"));
}

TEST_CASE("source file: a link to /dev/zero is refused before a byte is read") {
  SourceTree tree;
  fs::create_directories(tree / "lists");
  fs::create_symlink("/dev/zero", tree / "lists/powers.csv");
  CHECK(has(only_error(tree), "symbolic link"));
}

TEST_CASE("source file: a linked folder is as outside as a linked file") {
  TempDir outside;
  write_file(outside / "powers.csv", kPowers);
  SourceTree tree;
  fs::create_directory_symlink(outside.path(), tree / "lists");
  std::string error = only_error(tree);
  CHECK(has(error, "lists/powers.csv"));
  CHECK(has(error, "symbolic link (lists)"));
}

TEST_CASE("source file: a link that leads nowhere is reported, not skipped as absent") {
  SourceTree tree;
  fs::create_directories(tree / "lists");
  fs::create_symlink(tree / "lists/nothing-here.csv", tree / "lists/powers.csv");
  CHECK(has(only_error(tree), "symbolic link"));
}

TEST_CASE("source file: a FIFO named bodies.json is not read (it would block forever)") {
  SourceTree tree;
  tree.remove("bodies.json");
  REQUIRE(::mkfifo((tree / "bodies.json").c_str(), 0600) == 0);
  builder::Diagnostics diagnostics;
  tree.read(&diagnostics);
  bool said = false;
  for (const auto& d : diagnostics.all()) said |= d.file == "bodies.json" && has(d.message, "not a regular file");
  INFO(describe(diagnostics));
  CHECK(said);
}

TEST_CASE("source file: JSON nested 200,000 levels deep is an error at the bracket, not a crash") {
  SourceTree tree;
  std::string bomb = "{\"name\": 1, \"x\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
  tree.write("dataset.json", bomb);
  builder::Diagnostics diagnostics;
  tree.read(&diagnostics);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.error_count() >= 1);
  const builder::Diagnostic& d = diagnostics.all()[0];
  CHECK(d.file == "dataset.json");
  CHECK(has(d.message, "nested too deeply"));
  CHECK(d.line == 1);
  CHECK(d.column == 17 + 64);  // the 64th [ opens level 65 (the { is level 1)
}

TEST_CASE("source file: JSON nested as deep as a real file is read") {
  SourceTree tree;
  std::string deep = "{\"name\": \"测试区\", \"x\": " + std::string(60, '[') + std::string(60, ']') + "}";
  tree.write("dataset.json", deep);
  builder::Diagnostics diagnostics;
  tree.read(&diagnostics);
  for (const auto& d : diagnostics.all()) CHECK_FALSE(has(d.message, "nested too deeply"));
}
