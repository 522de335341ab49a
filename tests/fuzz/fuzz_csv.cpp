// The publishers' CSV reader (builder/csv_reader.h) on any file: never crashes; every cell of
// every row it keeps is valid UTF-8, and each row has one cell per header column.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "builder/csv_reader.h"
#include "builder/diagnostics.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("dutyatlas-fuzz-csv-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  {
    std::ofstream out(dir / "powers.csv", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  dutyatlas::builder::Diagnostics diagnostics;
  auto table = dutyatlas::builder::read_csv(dir, "powers.csv", dutyatlas::builder::CsvEncoding::kAuto, &diagnostics);
  if (!table) return 0;
  for (const auto& name : table->header) FUZZ_CHECK(dutyatlas::is_valid_utf8(name));
  for (const auto& row : table->rows) {
    FUZZ_CHECK(row.cells.size() == table->header.size());
    for (const auto& cell : row.cells) FUZZ_CHECK(dutyatlas::is_valid_utf8(cell.text));
  }
  return 0;
}
