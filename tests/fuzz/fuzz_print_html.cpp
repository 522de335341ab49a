// The print pages' HTML (core/base/print_page.h, core/api/dispatch_print.h) on any text a reader
// or a publisher can put there: html_escape leaves no & < > " ' of its own and reads back as the
// text; html_escape_lines adds only <br>, one per line break; and the 派单单 for any complaint has
// only tags the 派单单 for a plain one has, with the complaint's paragraph holding no tag but <br> —
// no markup ever comes from data. (Not the same number of tags: the evidence listed under the lead
// body depends on the complaint; the campaign's one finding was that stricter invariant's.)
#include <nlohmann/json.hpp>

#include <set>
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
  return reply["result"];
}

// Every `<…>` of `html` in order; FUZZ_CHECKs that no `<` or `>` stands outside one.
std::multiset<std::string> tags_of(const std::string& html) {
  std::multiset<std::string> tags;
  std::size_t at = 0;
  for (std::size_t open; (open = html.find_first_of("<>", at)) != std::string::npos;) {
    FUZZ_CHECK(html[open] == '<');
    const std::size_t close = html.find_first_of("<>", open + 1);
    FUZZ_CHECK(close != std::string::npos && html[close] == '>');
    tags.insert(html.substr(open, close + 1 - open));
    at = close + 1;
  }
  return tags;
}

// The complaint's paragraph of a 派单单: what lies between <p class="typed"> and its </p>.
std::string typed_paragraph(const std::string& html) {
  const std::string open = "<p class=\"typed\">";
  const std::size_t from = html.find(open);
  FUZZ_CHECK(from != std::string::npos);
  const std::size_t to = html.find("</p>", from);
  FUZZ_CHECK(to != std::string::npos);
  return html.substr(from + open.size(), to - from - open.size());
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

  // The plain complaint's slip lists evidence under the lead (sthjj's 工业噪声 duties in the first
  // demo district), so it has every tag a slip can have.
  static const std::multiset<std::string> template_tags = [] {
    std::multiset<std::string> tags = tags_of(slip("工厂噪声扰民"));
    tags.insert("<br>");  // a complaint's line breaks (the plain one has none)
    return tags;
  }();
  FUZZ_CHECK(template_tags.count("<li>") > 0);
  const std::string html = slip(text);
  if (html.empty()) return 0;
  for (const std::string& tag : tags_of(html)) FUZZ_CHECK(template_tags.count(tag) > 0);
  const std::string typed = typed_paragraph(html);
  FUZZ_CHECK(count_of(typed, "<") == count_of(typed, "<br>"));
  return 0;
}
