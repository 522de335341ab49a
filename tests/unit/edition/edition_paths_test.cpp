// Page paths of the HTML edition (core/edition/edition_paths.h): readable where the key is
// plain ASCII, a fixed-length hash where it is not, never a path separator or "..".
#include <doctest/doctest.h>

#include "core/edition/edition_paths.h"

using namespace dutyatlas;

TEST_CASE("edition paths: plain ids and codes stand for themselves") {
  CHECK(edition_home_path() == "index.html");
  CHECK(edition_body_path("sthjj") == "body/sthjj.html");
  CHECK(edition_category_path("government") == "category/government.html");
  CHECK(edition_item_path("powers", "XZCF-QWB-0001") == "item/powers/XZCF-QWB-0001.html");
  CHECK(edition_list_path("powers", 3) == "lists/powers/3.html");
  CHECK(edition_list_path("powers", 0) == "lists/powers/1.html");
  CHECK(edition_changes_path("2021") == "changes/2021.html");
}

TEST_CASE("edition paths: a 文号 or a hostile key becomes 16 hex digits, the same every time") {
  std::string doc = edition_document_path("示编〔2019〕22号");
  CHECK(doc.size() == std::string("document/").size() + 16 + std::string(".html").size());
  CHECK(doc == edition_document_path("示编〔2019〕22号"));
  CHECK(doc != edition_document_path("示编〔2019〕23号"));
  for (const char* hostile : {"../../etc/passwd", "a/b", ".hidden", "", "a b", "x?y#z"}) {
    std::string key = edition_file_key(hostile);
    CAPTURE(hostile);
    CHECK(key.size() == 16);
    CHECK(key.find_first_not_of("0123456789abcdef") == std::string::npos);
  }
  CHECK(edition_file_key(std::string(65, 'a')).size() == 16);
}
