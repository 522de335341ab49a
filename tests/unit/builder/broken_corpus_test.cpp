// The corpus of broken source trees in tests/broken/, run through the real `dutyatlas` binary.
//
// tests/broken/_valid is a tiny complete tree that builds without a warning; every other folder
// is a copy of it with one thing broken, and an expected.txt holding, one per line, exact
// substrings the CLI must print on stderr. For each case, on top of a copy of the publication
// built from _valid: `dutyatlas build CASE -o OUT` fails, prints every expected substring, and
// leaves OUT byte for byte as it was with no .tmp-* file; `dutyatlas check CASE` fails with the
// same messages.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "test_support.h"

using namespace dutyatlas::test;
namespace fs = std::filesystem;

namespace {

fs::path corpus_dir() { return source_root() / "tests" / "broken"; }

// Every entry of a folder with its bytes (folders marked with a trailing /), dot files included.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory()) files[name + "/"] = "";
    else files[name] = read_file(entry.path());
  }
  return files;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && name[0] != '_') names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The non-empty lines of a case's expected.txt.
std::vector<std::string> expected_lines(const std::string& name) {
  std::vector<std::string> lines;
  std::istringstream in(read_file(corpus_dir() / name / "expected.txt"));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}


// The relative paths of every file under `dir`, sorted.
std::vector<std::string> tree_files(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), dir).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("broken corpus: the valid base tree checks clean and builds") {
  REQUIRE(fs::exists(DUTYATLAS_CLI));
  TempDir work;
  Run check = run_cli({"check", (corpus_dir() / "_valid").string()}, work.path());
  INFO(check.err);
  CHECK(check.code == 0);
  CHECK(check.err.empty());  // not even a warning
  CHECK(has(check.out, "ok, 4 bodies, 2 三定, 3 documents, 3 powers"));
  Run build = run_cli({"build", (corpus_dir() / "_valid").string(), "-o", (work / "site").string(),
                       "--font", DUTYATLAS_TEST_FONT},
                      work.path());
  INFO(build.err);
  CHECK(build.code == 0);
  // bundle, font, manifest, text/ and the typing font's pieces
  CHECK(snapshot(work / "site").size() == 4 + typing_font_pieces(work / "site"));
}

TEST_CASE("broken corpus: every case is a complete tree with an expected.txt") {
  std::vector<std::string> cases = case_names();
  CHECK(cases.size() >= 30);
  std::vector<std::string> base = tree_files(corpus_dir() / "_valid");
  for (const auto& name : cases) {
    CAPTURE(name);
    std::vector<std::string> files = tree_files(corpus_dir() / name);
    CHECK(std::find(files.begin(), files.end(), "expected.txt") != files.end());
    CHECK(expected_lines(name).size() >= 1);
    // Small and derived from _valid: at most two files more (a document and its 三定) or one
    // less than the base tree.
    CHECK(files.size() <= base.size() + 3);
    CHECK(files.size() + 1 >= base.size());
  }
}

TEST_CASE("broken corpus: build fails with the expected errors and leaves the publication as it was") {
  REQUIRE(fs::exists(DUTYATLAS_CLI));
  TempDir work;
  fs::path published = work / "published";
  Run valid = run_cli({"build", (corpus_dir() / "_valid").string(), "-o", published.string(),
                       "--font", DUTYATLAS_TEST_FONT},
                      work.path());
  INFO(valid.err);
  REQUIRE(valid.code == 0);
  const auto before = snapshot(published);
  REQUIRE(before.size() == 4 + typing_font_pieces(published));  // bundle, font, manifest, text/, typing

  std::vector<std::string> cases = case_names();
  REQUIRE(cases.size() >= 30);
  int checked = 0;
  for (const auto& name : cases) {
    CAPTURE(name);
    fs::path source = corpus_dir() / name;
    fs::path out = work / ("out-" + name);
    fs::copy(published, out, fs::copy_options::recursive);
    REQUIRE(snapshot(out) == before);

    Run build = run_cli({"build", source.string(), "-o", out.string(), "--font",
                         DUTYATLAS_TEST_FONT},
                        work.path());
    Run check = run_cli({"check", source.string()}, work.path());
    INFO("build stderr:\n" << build.err);
    CHECK(build.code == 1);
    CHECK(check.code == 1);
    for (const auto& line : expected_lines(name)) {
      CAPTURE(line);
      // "not: TEXT": a follow-on message that must not be given
      const bool absent = line.rfind("not: ", 0) == 0;
      const std::string text = absent ? line.substr(5) : line;
      CHECK(has(build.err, text) != absent);
      CHECK(has(check.err, text) != absent);
    }
    CHECK(has(build.err, "nothing was written"));
    CHECK(build.out.empty());
    CHECK(check.out.empty());
    CHECK(check.err == build.err);  // the same diagnostics, in the same order
    CHECK(snapshot(out) == before);  // byte-identical, no .tmp-* left, nothing added
    ++checked;
  }
  CHECK(checked == int(cases.size()));
}
