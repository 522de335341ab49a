// Numbers shown as Excel shows them (see xlsx_cell_text.h).
#include "builder/xlsx_cell_text.h"

#include <cmath>
#include <cstdio>

namespace dutyatlas::builder {
namespace {

// The format code without what does not decide the kind of format: quoted text, escaped
// characters, [colours] and [$-804] locales, and every section after the first.
std::string bare_code(const std::string& code) {
  std::string out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      std::size_t end = code.find('"', i + 1);
      if (end == std::string::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as is (or padding)
    } else if (c == '[') {
      std::size_t end = code.find(']', i);
      if (end == std::string::npos) break;
      std::string inside = code.substr(i + 1, end - i - 1);
      if (inside == "h" || inside == "hh" || inside == "m" || inside == "mm" || inside == "s") out += "h";
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

std::string general(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  std::string out = buffer;
  if (out == "-0") out = "0";
  return out;
}

// Days since 1970-01-01 → year, month, day (Howard Hinnant's civil_from_days).
void civil_from_days(long long z, int* y, int* m, int* d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  *d = int(doy - (153 * mp + 2) / 5 + 1);
  *m = int(mp < 10 ? mp + 3 : mp - 9);
  *y = int(yoe + era * 400 + (*m <= 2));
}

std::string date_text(double value, bool date1904) {
  if (value < 0 || value > 2958465) return general(value);  // past 9999-12-31: Excel shows ####
  long long serial = (long long)std::floor(value);
  long long seconds = std::llround((value - double(serial)) * 86400.0);
  if (seconds >= 86400) ++serial, seconds -= 86400;
  char buffer[40];
  std::string out;
  if (serial > 0 || date1904) {
    int y = 0, m = 0, d = 0;
    if (!date1904 && serial == 60) {
      y = 1900, m = 2, d = 29;  // Excel's 1900 leap-year bug: the day exists in the file
    } else {
      // Days since 1970-01-01 of serial 0: 1899-12-30 (1900 system from serial 61 on;
      // before the phantom 29 February it is one day later), 1904-01-01 (1904 system).
      long long epoch = date1904 ? -24107 : (serial < 60 ? -25568 : -25569);
      civil_from_days(serial + epoch, &y, &m, &d);
    }
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    out = buffer;
  }
  if (seconds != 0 || out.empty()) {
    std::snprintf(buffer, sizeof buffer, "%s%02lld:%02lld", out.empty() ? "" : " ", seconds / 3600,
                  seconds / 60 % 60);
    out += buffer;
    if (seconds % 60) {
      std::snprintf(buffer, sizeof buffer, ":%02lld", seconds % 60);
      out += buffer;
    }
  }
  return out;
}

// "1234567.5" → "1,234,567.5"
std::string with_thousands(const std::string& digits) {
  std::size_t start = digits[0] == '-' ? 1 : 0;
  std::size_t end = digits.find('.');
  if (end == std::string::npos) end = digits.size();
  std::string out = digits;
  for (std::size_t i = end; i > start + 3; i -= 3) out.insert(i - 3, ",");
  return out;
}

const char* builtin_code(int id) {
  switch (id) {
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    default: return "";
  }
}

}  // namespace

bool is_date_format(const NumberFormat& format) {
  int id = format.id;
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
    return true;
  }
  if (id < 164 || format.code.empty()) return false;
  std::string bare = bare_code(format.code);
  for (char c : bare) {
    if (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'h' || c == 'H') return true;
  }
  return bare.find("年") != std::string::npos || bare.find("月") != std::string::npos ||
         bare.find("日") != std::string::npos;
}

std::string number_text(double value, const NumberFormat& format, bool date1904) {
  if (!std::isfinite(value)) return general(value);
  if (is_date_format(format)) return date_text(value, date1904);
  std::string code = format.id < 164 ? builtin_code(format.id) : bare_code(format.code);
  // Only plain number formats are rendered: [#,]0[.00…][%]. Anything else shows as General.
  std::size_t digits_end = code.find_first_not_of("#,0.%");
  if (code.empty() || digits_end != std::string::npos || code.find('0') == std::string::npos) {
    return general(value);
  }
  const bool percent = code.find('%') != std::string::npos;
  const bool thousands = code.find(',') != std::string::npos;
  std::size_t dot = code.find('.');
  int decimals = 0;
  if (dot != std::string::npos) {
    for (std::size_t i = dot + 1; i < code.size() && code[i] == '0'; ++i) ++decimals;
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, percent ? value * 100 : value);
  std::string out = buffer;
  if (out.find_first_not_of("-0.") == std::string::npos && out[0] == '-') out.erase(0, 1);  // -0.00
  if (thousands) out = with_thousands(out);
  return percent ? out + "%" : out;
}

}  // namespace dutyatlas::builder
