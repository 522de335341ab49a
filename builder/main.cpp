// dutyatlas: the publishers' command-line tool. Subcommands:
//   build SOURCE_DIR -o OUT_DIR [--font FILE] [--font-face N] [--ui-text FILE]...
//   check SOURCE_DIR
//   query BUNDLE_DIR JSON          answer an automation-API query (core/query_json.h)
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "builder/build_command.h"
#include "builder/version.h"
#include "core/duty_database.h"
#include "core/query_json.h"

namespace {

using dutyatlas::builder::BuildOptions;

constexpr const char* kUsage =
    "usage:\n"
    "  dutyatlas build SOURCE_DIR -o OUT_DIR [--font FILE] [--font-face N] [--ui-text FILE]...\n"
    "  dutyatlas check SOURCE_DIR\n"
    "  dutyatlas query BUNDLE_DIR '{\"query\": \"categories\"}'\n"
    "  dutyatlas --version\n";

int usage_error(const std::string& why) {
  std::cerr << "dutyatlas: " << why << "\n" << kUsage;
  return 2;
}

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

int run_query(const std::vector<std::string>& args) {
  if (args.size() != 2) return usage_error("query takes BUNDLE_DIR and a JSON request");
  dutyatlas::Manifest manifest;
  std::string error;
  auto db = dutyatlas::open_bundle_dir(args[0], &manifest, &error);
  if (!db) {
    std::cerr << args[0] << ": " << error << "\n";
    return 1;
  }
  std::cout << dutyatlas::answer_query_json(*db, args[1]) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing subcommand");
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--version") {
    std::cout << "dutyatlas " << dutyatlas::builder::kVersion << "\n";
    return 0;
  }
  if (command == "query") return run_query(args);
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
