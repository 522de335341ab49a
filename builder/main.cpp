// dutyatlas: the publishers' command-line tool. Subcommands:
//   build SOURCE_DIR -o OUT_DIR [--font FILE] [--font-face N] [--ui-text DIR]... [--no-edition]
//   check SOURCE_DIR [--font FILE] [--font-face N]
//   query BUNDLE_DIR JSON          answer an automation-API query (core/api/query_json.h)
//   diff OLD NEW [--json]          what changed from one publication to another; each is a
//                                  built publication folder or a source folder
//   audit DIR [--json] [--csv] …   职责体检: overlaps, gaps, stale lists (builder/audit_command.h)
//   synth --scale N -o DIR [--from SOURCE_DIR]
//                                  write a source tree N times SOURCE_DIR (default assets/demo)
//                                  for benchmarks (builder/synth.h)
//   import sanding|document FILE.docx …
//                                  a 三定 or document from Word as source JSON (builder/import_command.h)
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "builder/audit_command.h"
#include "builder/build_command.h"
#include "builder/import_command.h"
#include "builder/publication_loader.h"
#include "builder/source_reader.h"
#include "builder/query_command.h"
#include "builder/synth_command.h"
#include "builder/usage.h"
#include "builder/version.h"
#include "core/base/database_error.h"
#include "core/bundle/duty_database.h"
#include "core/diff/publication_diff.h"
#include "core/api/query_json.h"

namespace {

using dutyatlas::builder::BuildOptions;
using dutyatlas::builder::usage_error;

// Parses build/check arguments after the subcommand name.
bool parse_build_options(const std::vector<std::string>& args, BuildOptions* options,
                         std::string* error) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) {
        *error = arg + " needs a value";
        return false;
      }
      *out = args[++i];
      return true;
    };
    std::string text;
    if (arg == "-o" || arg == "--out") {
      if (!value(&options->out_dir)) return false;
    } else if (arg == "--font") {
      if (!value(&options->font_path)) return false;
    } else if (arg == "--font-face") {
      if (!value(&text)) return false;
      options->font_face = unsigned(std::stoul(text));
    } else if (arg == "--ui-text") {
      if (!value(&text)) return false;
      options->ui_text_files.push_back(text);
    } else if (arg == "--no-edition") {
      options->edition = false;
    } else if (!arg.empty() && arg[0] == '-') {
      *error = "unknown option " + arg;
      return false;
    } else if (options->source_dir.empty()) {
      options->source_dir = arg;
    } else {
      *error = "unexpected argument " + arg;
      return false;
    }
  }
  if (options->source_dir.empty()) *error = "missing SOURCE_DIR";
  return error->empty();
}

// diff OLD NEW [--json]: the change report, as text for a person or JSON for a script.
int run_diff(const std::vector<std::string>& args) {
  std::vector<std::string> dirs;
  bool as_json = false;
  for (const auto& arg : args) {
    if (arg == "--json") {
      as_json = true;
    } else if (!arg.empty() && arg[0] == '-') {
      return usage_error("unknown option " + arg);
    } else {
      dirs.push_back(arg);
    }
  }
  if (dirs.size() != 2) return usage_error("diff takes OLD and NEW");
  std::unique_ptr<dutyatlas::DutyDatabase> dbs[2];
  for (int i = 0; i < 2; ++i) {
    std::string error;
    dbs[i] = dutyatlas::builder::load_publication(dirs[std::size_t(i)], &error);
    if (!dbs[i]) {
      std::cerr << "dutyatlas diff: " << error << "\n";
      return 1;
    }
  }
  dutyatlas::PublicationDiff diff = dutyatlas::diff_publications(*dbs[0], *dbs[1]);
  if (as_json) {
    std::cout << dutyatlas::diff_to_json(diff).dump(2) << "\n";
  } else {
    std::cout << dutyatlas::diff_to_text(diff);
  }
  return 0;
}

int run_command(const std::string& command, const std::vector<std::string>& args) {
  if (command == "--version") {
    std::cout << "dutyatlas " << dutyatlas::builder::kVersion << "\n";
    return 0;
  }
  if (command == "query") return dutyatlas::builder::run_query(args);
  if (command == "diff") return run_diff(args);
  if (command == "audit") return dutyatlas::builder::run_audit(args);
  if (command == "synth") return dutyatlas::builder::run_synth(args);
  if (command == "import") return dutyatlas::builder::run_import(args);
  if (command == "build" || command == "check") {
    BuildOptions options;
    std::string error;
    if (!parse_build_options(args, &options, &error)) return usage_error(error);
    if (command == "check") return dutyatlas::builder::run_check(options);
    if (options.out_dir.empty()) return usage_error("build needs -o OUT_DIR");
    return dutyatlas::builder::run_build(options);
  }
  return usage_error("unknown subcommand " + command);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing subcommand");
  try {
    return run_command(argv[1], std::vector<std::string>(argv + 2, argv + argc));
  } catch (const dutyatlas::DatabaseError& e) {
    // A publication whose database the queries cannot read (an SQL error, a schema drift):
    // a message and a failing exit code, never an empty answer.
    std::cerr << "dutyatlas " << argv[1] << ": database error: " << e.what() << "\n";
    return 1;
  }
}
