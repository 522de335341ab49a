#include "core/history_dates.h"

#include <cstdio>

#include "core/iso_date.h"

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

}  // namespace dutyatlas
