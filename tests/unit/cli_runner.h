// Runs the real `dutyatlas` binary (DUTYATLAS_CLI, set by tests/CMakeLists.txt) from a test,
// capturing its exit code, stdout and stderr; and builds the publication such a test queries.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "builder/build_command.h"
#include "test_support.h"

extern char** environ;

namespace dutyatlas::test {

struct CliRun {
  int code = -1;  // exit status; -1 if the process did not exit normally
  std::string out, err;
};
using Run = CliRun;

// Runs the CLI with `args`; stdout and stderr go through files in `scratch`.
inline CliRun run_cli(const std::vector<std::string>& args, const fs::path& scratch) {
  fs::path out_file = scratch / "cli.stdout", err_file = scratch / "cli.stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> argv_strings = {DUTYATLAS_CLI};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, DUTYATLAS_CLI, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  CliRun run;
  if (spawned != 0) return run;
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status)) run.code = WEXITSTATUS(status);
  run.out = read_file(out_file);
  run.err = read_file(err_file);
  return run;
}

// Builds the source folder `source` into `out` (quietly; the test fails if the build does) and
// opens it as `dutyatlas query` does, so a test can compare the CLI's answers with the API's.
inline std::unique_ptr<DutyDatabase> build_publication(const fs::path& source, const fs::path& out) {
  builder::BuildOptions options;
  options.source_dir = source.string();
  options.out_dir = out.string();
  options.font_path = DUTYATLAS_TEST_FONT;
  {
    CaptureOutput quiet;
    REQUIRE(builder::run_build(options) == 0);
  }
  Manifest manifest;
  std::string error;
  auto db = open_bundle_dir(out.string(), &manifest, &error);
  REQUIRE_MESSAGE(db, error);
  return db;
}

// A publication built into a fresh folder, and the CLI's `query` on it.
struct QueriedPublication {
  explicit QueriedPublication(const fs::path& source)
      : out(work / "out"), db(build_publication(source, out)) {
    REQUIRE(fs::exists(DUTYATLAS_CLI));
  }
  // `dutyatlas query <out> args…`
  CliRun query(std::vector<std::string> args) const {
    args.insert(args.begin(), {"query", out.string()});
    return run_cli(args, work.path());
  }

  TempDir work;
  fs::path out;
  std::unique_ptr<DutyDatabase> db;
};

}  // namespace dutyatlas::test
