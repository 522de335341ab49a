// Dates of 历史沿革: the day before a date, the years with changes (see history_dates.h).
#include "core/history/history_dates.h"

#include <cstdio>

#include "core/base/iso_date.h"
#include "core/base/sqlite_statement.h"

namespace dutyatlas {
namespace {

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : days[month - 1];
}

}  // namespace

std::string day_before(std::string_view date) {
  if (!is_valid_date(date)) return {};
  int year = std::stoi(std::string(date.substr(0, 4)));
  int month = std::stoi(std::string(date.substr(5, 2)));
  int day = std::stoi(std::string(date.substr(8, 2)));
  if (--day == 0) {
    if (--month == 0) {
      month = 12;
      --year;
    }
    day = days_in_month(year, month);
  }
  if (year < 0) return {};
  char out[32];  // roomy: the compiler cannot see that year < 10000
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

std::vector<std::string> change_years(const DutyDatabase& db, std::string_view body_id) {
  Statement q(db.handle(),
              "SELECT DISTINCT substr(effective, 1, 4) AS year FROM documents WHERE doc_no IN ("
              " SELECT doc_no FROM sandings WHERE ?1 = '' OR body_id = ?1"
              " UNION SELECT doc_no FROM document_changes"
              "  WHERE ?1 = '' OR body_id = ?1 OR to_body_id = ?1)"
              " ORDER BY year DESC");
  q.bind(1, body_id);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text(0));
  return out;
}

}  // namespace dutyatlas
