// The print pages' HTML (core/base/print_page.h, core/api/dispatch_print.h) on any text a reader
// or a publisher can put there: html_escape leaves no & < > " ' of its own and reads back as the
// text; html_escape_lines adds only <br>, one per line break; and the 派单单 for any complaint has
// exactly the tags of the 派单单 for a plain one — no markup ever comes from data.
#include <nlohmann/json.hpp>

#include <string>

#include "core/api/query_json.h"
#include "core/base/print_page.h"
#include "fuzz_support.h"
#include "test_support.h"

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::string unescaped(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool done = false;
    for (const auto& [entity, c] : {std::pair<const char*, char>{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
                                    {"&quot;", '"'}, {"&#39;", '\''}}) {
      const std::string e = entity;
      if (text.compare(i, e.size(), e) == 0) {
        out += c;
        i += e.size();
        done = true;
        break;
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

// The 派单单 of the demo district for `complaint` (sthjj leading), as the page prints it.
std::string slip(const std::string& complaint) {
  static const dutyatlas::DutyDatabase& db = dutyatlas::test::demo_database();
  nlohmann::json request = {{"query", "dispatch"}, {"format", "html"}, {"text", complaint},
                            {"lead", "sthjj"}, {"cooperating", nlohmann::json::array()}};
  auto reply = nlohmann::json::parse(dutyatlas::answer_query_json(db, request.dump(-1, ' ', false,
                                     nlohmann::json::error_handler_t::replace)), nullptr, false);
  FUZZ_CHECK(reply.is_object() && reply.contains("ok"));
  if (reply["ok"] != true || !reply["result"].is_string()) return {};
  std::string html = reply["result"];
  for (std::size_t at; (at = html.find("<br>")) != std::string::npos;) html.erase(at, 4);
  return html;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size > 4000) return 0;
  const std::string text(fuzz_text(data, size));
  const std::string escaped = dutyatlas::html_escape(text);
  for (char c : {'<', '>', '"', '\''}) FUZZ_CHECK(escaped.find(c) == std::string::npos);
  FUZZ_CHECK(unescaped(escaped) == text);
  const std::string lines = dutyatlas::html_escape_lines(text);
  FUZZ_CHECK(count_of(lines, "<") == count_of(lines, "<br>") && count_of(lines, "<br>") == count_of(text, "\n"));
  FUZZ_CHECK(lines.find('\r') == std::string::npos);

  static const std::string plain = slip("楼下烧烤店油烟大");
  FUZZ_CHECK(!plain.empty());
  const std::string html = slip(text);
  if (!html.empty()) FUZZ_CHECK(count_of(html, "<") == count_of(plain, "<"));
  return 0;
}
