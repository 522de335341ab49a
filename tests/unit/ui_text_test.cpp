// The interface words (web/ui_text/): every module's file compiles beside every other one — a
// name used twice would break the views that show both — and every string is valid UTF-8.
#include <doctest/doctest.h>

#include <string_view>

#include "core/utf8.h"
#include "web/ui_text/archive.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/ui_text/lists.h"

TEST_CASE("ui_text: the modules' words live together, each a valid UTF-8 string") {
  using namespace dutyatlas::web::text;
  for (std::string_view word : {kSiteName, kArchive, kHistory, kCompare, kLists, kPrint,
                                kClearFilters, kLargeText}) {
    CAPTURE(word);
    CHECK_FALSE(word.empty());
    CHECK(dutyatlas::is_valid_utf8(word));
  }
}
