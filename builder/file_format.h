// Recognising a source file saved in another format than the one expected: Excel's "Unicode
// text" (UTF-16), a workbook or Word document renamed .csv/.json. Each becomes one message
// saying what the file is and how to save it, instead of "invalid UTF-8 byte 0xFF". Not for
// decoding CSV (csv_reader.h) or parsing JSON (json_file.h).
#pragma once

#include <optional>
#include <string_view>

#include "builder/source_file.h"  // SourceFileProblem

namespace dutyatlas::builder {

// What the bytes are, if they are plainly not text in UTF-8 or GB18030; nullopt otherwise.
// `save_as` names what to save the file as ("CSV UTF-8 (逗号分隔)", "UTF-8").
std::optional<SourceFileProblem> foreign_format(std::string_view bytes, std::string_view save_as);

}  // namespace dutyatlas::builder
