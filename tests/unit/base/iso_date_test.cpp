// is_valid_date (core/base/iso_date.h): YYYY-MM-DD naming a day that exists. Every month's last
// day and the day after, the leap-year rules (every 4th year, not centuries, but every 400th),
// and text that is almost a date — other separators, missing zeros, full-width digits, blanks,
// signs, a date and time. Not for where dates are used (history, json_file): their own tests.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "core/base/iso_date.h"

using dutyatlas::is_valid_date;

TEST_CASE("iso date: each month's last day exists, the day after does not") {
  // 2021 is a common year.
  const char* const last_days[] = {"2021-01-31", "2021-02-28", "2021-03-31", "2021-04-30",
                                   "2021-05-31", "2021-06-30", "2021-07-31", "2021-08-31",
                                   "2021-09-30", "2021-10-31", "2021-11-30", "2021-12-31"};
  const char* const days_after[] = {"2021-01-32", "2021-02-29", "2021-03-32", "2021-04-31",
                                    "2021-05-32", "2021-06-31", "2021-07-32", "2021-08-32",
                                    "2021-09-31", "2021-10-32", "2021-11-31", "2021-12-32"};
  for (const char* date : last_days) {
    CAPTURE(date);
    CHECK(is_valid_date(date));
  }
  for (const char* date : days_after) {
    CAPTURE(date);
    CHECK_FALSE(is_valid_date(date));
  }
  CHECK(is_valid_date("2021-01-01"));
}

TEST_CASE("iso date: 2月29日 in leap years only; months 01–12, days from 01") {
  struct Case {
    const char* date;
    bool exists;
    const char* why;
  };
  const Case cases[] = {
      {"2020-02-29", true, "divisible by 4"},
      {"2024-02-29", true, "divisible by 4"},
      {"2000-02-29", true, "a century divisible by 400"},
      {"1900-02-29", false, "a century that is not"},
      {"2100-02-29", false, "a century that is not"},
      {"2023-02-29", false, "a common year"},
      {"2020-02-30", false, "no February has a 30th"},
      {"2000-02-30", false, "no February has a 30th"},
      {"2021-00-10", false, "month 00"},
      {"2021-13-01", false, "month 13"},
      {"2021-99-01", false, "month 99"},
      {"2021-01-00", false, "day 00"},
      {"2021-01-99", false, "day 99"},
      {"0001-01-01", true, "the first day four digits can write"},
      {"9999-12-31", true, "the last"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.date);
    CAPTURE(c.why);
    CHECK(is_valid_date(c.date) == c.exists);
  }
}

TEST_CASE("iso date: text that is almost a date is refused") {
  const std::string_view almost[] = {
      "",
      "2021",
      "2021-07",
      "2021-7-1",      // no leading zeros
      "2021-07-1",
      "2021-7-01",
      "21-07-01",
      "20210701",      // no separators
      "2021/07/01",    // other separators
      "2021.07.01",
      "2021_07_01",
      "2021-07/01",
      "2021-1-001",    // ten characters, the dashes in the wrong places
      "202-107-01",
      " 2021-07-01",   // blanks around
      "2021-07-01 ",
      "2021-07-01\n",
      "2021-07-01T00:00:00",
      "2021-07-0a",    // letters
      "2O21-07-01",    // the letter O, not zero
      "+021-07-01",    // signs
      "-021-07-01",
      "2021-+7-01",
      "2021--7-01",
      "２０２１-07-01",  // full-width digits
      "2021年07月01日",
      "someday",
  };
  for (std::string_view text : almost) {
    CAPTURE(std::string(text));
    CHECK_FALSE(is_valid_date(text));
  }
}

TEST_CASE("iso date: only the ten characters of the view are read") {
  // A NUL inside is not a digit; a view cut out of longer text is judged by its own bytes.
  CHECK_FALSE(is_valid_date(std::string_view("2021-07-0\0", 10)));
  std::string_view line = "effective: 2021-07-01; issued: 2021-06-31";
  CHECK(is_valid_date(line.substr(11, 10)));
  CHECK_FALSE(is_valid_date(line.substr(31, 10)));
}
