// Recognising files of another format (see file_format.h).
#include "builder/file_format.h"

#include <algorithm>
#include <string>

namespace dutyatlas::builder {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

// UTF-16 without a BOM. CJK text has no NUL bytes in UTF-16, but the commas, quotes and line
// breaks do ("," is 2C 00 in UTF-16LE): NULs, all at one parity, and a line break "\n\0" (LE)
// or "\0\n" (BE) at the matching one. UTF-8 and GB18030 text has no NUL at all.
bool looks_like_utf16(std::string_view bytes) {
  std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
  std::size_t even = 0, odd = 0;
  bool le_break = false, be_break = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (bytes[i] != '\0') continue;
    ++(i % 2 ? odd : even);
    if (i % 2 == 1 && bytes[i - 1] == '\n') le_break = true;
    if (i % 2 == 0 && i + 1 < n && bytes[i + 1] == '\n') be_break = true;
  }
  return (even == 0 && odd >= 2 && le_break) || (odd == 0 && even >= 2 && be_break);
}

}  // namespace

std::optional<SourceFileProblem> foreign_format(std::string_view bytes, std::string_view save_as) {
  const std::string again = "open it and save it again as " + std::string(save_as);
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF") || looks_like_utf16(bytes)) {
    return SourceFileProblem{"the file is UTF-16 (what Excel calls \"Unicode text\"), not UTF-8 or GB18030",
                             again};
  }
  if (starts_with(bytes, "PK\x03\x04")) {
    std::string_view head = bytes.substr(0, 4096);
    const bool word = head.find("word/") != std::string_view::npos;
    return SourceFileProblem{word ? "the file is a Word document (.docx), not text"
                                  : "the file is an Excel workbook (.xlsx), not text",
                             again + " (renaming a workbook does not change what is inside)"};
  }
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return SourceFileProblem{"the file is an Excel 97–2003 workbook (.xls) or Word document (.doc), not text",
                             again};
  }
  if (starts_with(bytes, "%PDF-")) {
    return SourceFileProblem{"the file is a PDF, not text", "write the source file from the original data"};
  }
  return std::nullopt;
}

}  // namespace dutyatlas::builder
