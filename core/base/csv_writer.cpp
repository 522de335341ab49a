#include "core/base/csv_writer.h"

namespace dutyatlas {

std::string csv_field(std::string_view cell) {
  std::string text;
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                        cell[0] == '\t' || cell[0] == '\r')) {
    text += '\'';
  }
  text += cell;
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void append_csv_record(std::string* out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) *out += ',';
    *out += csv_field(cells[i]);
  }
  *out += "\r\n";
}

}  // namespace dutyatlas
