// `dutyatlas synth`: the command around builder/synth.h — argument checks, and writing the
// synthetic tree without ever overwriting a folder it did not write itself.
#include "builder/synth_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "builder/source_reader.h"
#include "builder/source_writer.h"
#include "builder/synth.h"
#include "builder/usage.h"

namespace dutyatlas::builder {
namespace {

// Left in every synth output: only a folder holding it may be replaced by the next run.
constexpr const char* kSynthMarker = ".dutyatlas-synth";

}  // namespace

// `synth`: reads SOURCE_DIR (which must have no errors), writes `scale` copies of it to DIR.
// DIR must be new, empty, or an earlier synth output (marked by kSynthMarker): that is replaced.
// The tree is written next to DIR first, so a failure leaves DIR as it was.
int run_synth(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::string from = "assets/demo", out, scale_text;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string* target = arg == "--scale"                 ? &scale_text
                          : arg == "-o" || arg == "--out"  ? &out
                          : arg == "--from"                ? &from
                                                           : nullptr;
    if (!target) return usage_error("synth: unexpected argument " + arg);
    if (i + 1 >= args.size()) return usage_error(arg + " needs a value");
    *target = args[++i];
  }
  if (scale_text.empty()) return usage_error("synth needs --scale N");
  if (out.empty()) return usage_error("synth needs -o DIR");
  int scale = 0;
  if (scale_text.size() > 6 || scale_text.find_first_not_of("0123456789") != std::string::npos ||
      (scale = std::stoi(scale_text)) < 1) {
    return usage_error("--scale takes a whole number from 1 to 999999, not " + scale_text);
  }

  std::error_code ec;
  fs::path out_path = fs::absolute(out, ec).lexically_normal();
  if (!out_path.has_filename()) out_path = out_path.parent_path();  // "dir/" → "dir"
  fs::path from_path = fs::weakly_canonical(fs::absolute(from, ec), ec);
  fs::path out_canonical = fs::weakly_canonical(out_path, ec);
  auto inside = [](const fs::path& inner, const fs::path& outer) {
    auto o = outer.begin(), i = inner.begin();
    for (; o != outer.end(); ++o, ++i) {
      if (i == inner.end() || *i != *o) return false;
    }
    return true;
  };
  if (inside(from_path, out_canonical) || inside(out_canonical, from_path)) {
    std::cerr << "dutyatlas synth: " << out << " overlaps the source folder " << from
              << "; nothing was written\n";
    return 1;
  }
  if (fs::exists(out_path) && !fs::is_directory(out_path)) {
    std::cerr << "dutyatlas synth: " << out << " is not a folder; nothing was written\n";
    return 1;
  }
  bool replace = fs::exists(out_path) && !fs::is_empty(out_path);
  if (replace && !fs::exists(out_path / kSynthMarker)) {
    std::cerr << "dutyatlas synth: " << out << " is not empty and is not an earlier synth output "
              << "(no " << kSynthMarker << "); nothing was written (hint: choose a new folder)\n";
    return 1;
  }

  Diagnostics diagnostics;
  auto base = read_source_folder(from, &diagnostics);
  if (diagnostics.has_errors()) {
    for (const auto& d : diagnostics.all()) {
      if (d.severity == Diagnostic::Severity::kError) {
        std::cerr << format_diagnostic(d) << "\n";
      }
    }
    std::cerr << from << ": " << diagnostics.error_count()
              << " error(s); nothing was written (hint: dutyatlas check " << from << ")\n";
    return 1;
  }

  fs::path temp = out_path.parent_path() / ("." + out_path.filename().string() + ".synth-tmp");
  try {
    Dataset dataset = synthesize(base.dataset, scale);
    fs::remove_all(temp);
    write_source_folder(dataset, temp.string());
    std::ofstream(temp / kSynthMarker) << "written by dutyatlas synth; replaced by the next one\n";
    if (replace) fs::remove_all(out_path);
    else fs::remove(out_path, ec);  // an empty folder
    fs::rename(temp, out_path);
    std::cout << "wrote " << out << ": " << scale << " × " << from << ", "
              << dataset.bodies.size() << " bodies, " << dataset.sandings.size() << " 三定, "
              << dataset.documents.size() << " documents, " << dataset.powers.size()
              << " powers\n";
    return 0;
  } catch (const std::exception& e) {
    fs::remove_all(temp, ec);
    std::cerr << "dutyatlas synth: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace dutyatlas::builder
