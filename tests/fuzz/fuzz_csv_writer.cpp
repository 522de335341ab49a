// Fuzzes the CSV writer (core/base/csv_writer): every cell written by append_csv_record reads
// back (RFC 4180) as itself with at most a leading apostrophe, and no cell read back begins
// with a formula character (= + - @ tab CR). Cells are the input split at 0x00 bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/csv_writer.h"
#include "fuzz_support.h"

namespace {

// A minimal RFC 4180 reader for one CRLF-terminated record: what Excel would see.
std::vector<std::string> read_record(std::string_view text) {
  std::vector<std::string> cells(1);
  std::size_t i = 0;
  bool quoted = false;
  while (i < text.size()) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { cells.back() += '"'; i += 2; continue; }
      if (c == '"') { quoted = false; ++i; continue; }
      cells.back() += c;
    } else if (c == '"' && cells.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      cells.emplace_back();
    } else if (c == '\r' && i + 2 == text.size() && text[i + 1] == '\n') {
      return cells;
    } else {
      FUZZ_CHECK(c != '"' && c != '\n' && c != '\r');  // these only ever appear quoted
      cells.back() += c;
    }
    ++i;
  }
  FUZZ_CHECK(false && "record does not end in CRLF");
  return cells;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view all = fuzz_text(data, size);
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= all.size(); ++i) {
    if (i == all.size() || all[i] == '\0') {
      cells.emplace_back(all.substr(start, i - start));
      start = i + 1;
    }
  }
  std::string out;
  dutyatlas::append_csv_record(&out, cells);
  auto back = read_record(out);
  FUZZ_CHECK(back.size() == cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& got = back[i];
    FUZZ_CHECK(got == cells[i] || got == "'" + cells[i]);
    if (!got.empty()) FUZZ_CHECK(std::string_view("=+-@\t\r").find(got[0]) == std::string_view::npos);
  }
  return 0;
}
