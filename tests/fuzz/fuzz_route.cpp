// Route parsing and formatting (web/route.h, web/lists_route.h) on any hash: never crashes,
// formatting what was parsed is stable (parse ∘ format is the identity on formatted routes),
// and every formatted route is valid UTF-8 starting with "#/".
#include "fuzz_support.h"
#include "web/lists_route.h"
#include "web/route.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace dutyatlas::web;
  Route route = parse_route(fuzz_text(data, size));
  std::string formatted = format_route(route);
  FUZZ_CHECK(formatted.rfind("#/", 0) == 0);
  FUZZ_CHECK(dutyatlas::is_valid_utf8(formatted));
  FUZZ_CHECK(parse_route(formatted) == route);
  FUZZ_CHECK(format_route(parse_route(formatted)) == formatted);
  if (route.kind == Route::Kind::kLists) {
    Route again = list_route_from_query(list_query_from_route(route));
    FUZZ_CHECK(format_route(list_route_from_query(list_query_from_route(again))) == format_route(again));
  }
  return 0;
}
