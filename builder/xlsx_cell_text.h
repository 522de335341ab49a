// The text Excel shows for a number cell, from the number it stores and the cell's number
// format: 15 → "15", 0.5 with "0%" → "50%", 45352 with a date format → "2024-03-01". A workbook
// stores dates and codes typed as numbers as numbers; the publisher sees (and means) the text.
// Not for reading the workbook (xlsx_workbook.h).
#pragma once

#include <string>

namespace dutyatlas::builder {

struct NumberFormat {
  int id = 0;               // numFmtId: 0 General, 1–49 built in, 164+ the workbook's own
  std::string code;         // the workbook's formatCode for ids it defines; "" for built-in ones
};

// True if the format shows a date or time (built-in 14–22, 27–36, 45–47, 50–58, or a code with
// y, d, h or 年月日 outside quotes and brackets).
bool is_date_format(const NumberFormat& format);

// The text shown for `value`. Dates are written as ISO dates (YYYY-MM-DD, with " HH:MM" when
// the time is not midnight), the way the source format writes dates, whatever the display
// order of the publisher's locale; `date1904` is the workbook's date system. Fixed decimals,
// thousands separators and percent follow the format; everything else is General (up to 15
// significant digits, as Excel keeps them).
std::string number_text(double value, const NumberFormat& format, bool date1904);

}  // namespace dutyatlas::builder
