// The publishers' JSON loader (builder/json_file.h) and its locations (json_locations.h) on any
// file: a file is refused with a message (bad UTF-8, malformed, nested too deeply …) or parsed,
// and then every value of it has a position inside the text (line and column from 1, the line
// one of the file's). Never a crash or a stack overflow on deep nesting.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "builder/diagnostics.h"
#include "builder/json_file.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  namespace fs = std::filesystem;
  using namespace dutyatlas::builder;
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("dutyatlas-fuzz-json-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  {
    std::ofstream out(dir / "bodies.json", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  Diagnostics diagnostics;
  auto file = load_json_file(dir.string(), "bodies.json", &diagnostics);
  if (!file) {
    FUZZ_CHECK(diagnostics.errors_in("bodies.json") > 0);
    return 0;
  }
  int lines = 1;
  for (char c : file->text) lines += c == '\n';
  const JsonLocations locations(file->text);
  int visited = 0;
  std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& value,
                                                                             const std::string& pointer) {
    if (++visited > 2000) return;
    const dutyatlas::TextPosition at = locations.find(pointer);
    FUZZ_CHECK(at.line >= 1 && at.line <= lines && at.column >= 1);
    if (value.is_object()) {
      for (const auto& [key, item] : value.items()) walk(item, pointer + "/" + json_pointer_escape(key));
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) walk(value[i], pointer + "/" + std::to_string(i));
    }
  };
  walk(file->root, "");
  return 0;
}
