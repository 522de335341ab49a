// Reading a document's 文号, title, dates and text from its paragraphs (see document_import.h).
#include "builder/document_import.h"

#include <cstdio>

#include "core/base/chinese_numerals.h"
#include "core/base/iso_date.h"
#include "core/base/text.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string quote(std::string_view text) { return "“" + shorten(trim(text), 30) + "”"; }

// The 文号 in a line: the word before 〔YYYY〕 through 号 (示编〔2021〕12号); "" if none.
std::string doc_no_in(std::string_view line) {
  std::size_t open = line.find("〔");
  if (open == std::string_view::npos) return "";
  std::size_t close = line.find("〕", open);
  std::size_t number = line.find("号", close == std::string_view::npos ? open : close);
  if (close == std::string_view::npos || number == std::string_view::npos || close - open != 3 + 4) return "";
  std::size_t start = open;  // back over the issuer's abbreviation (示编), to a space or the start
  while (start > 0) {
    std::size_t back = start - 1;
    while (back > 0 && (static_cast<unsigned char>(line[back]) & 0xC0) == 0x80) --back;
    std::size_t probe = back;
    char32_t cp = next_code_point(line, &probe);
    if (is_space(cp) || cp == U'：' || cp == U':') break;
    start = back;
  }
  return std::string(trim(line.substr(start, number + 3 - start)));
}

bool looks_like_title(std::string_view line) {
  if (has(line, "。") || code_point_count(line) > 80) return false;
  for (std::string_view end : {"通知", "决定", "规定", "批复", "意见", "办法", "方案", "函"}) {
    if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
  }
  return line.substr(0, 6) == "关于";
}

// A signature line: a body's name alone, no sentence, no salutation.
bool is_signature_line(std::string_view line) {
  return !has(line, "。") && !has(line, "：") && !has(line, "，") && code_point_count(line) <= 40;
}

bool is_date_line(std::string_view line) {
  std::string date = first_written_date(line);
  return !date.empty() && code_point_count(trim(line)) <= 16;
}

}  // namespace

std::string first_written_date(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t y = number_text_length(text.substr(pos));
    if (y > 0 && text.substr(pos + y, 3) == "年") {
      std::size_t m_at = pos + y + 3, m = number_text_length(text.substr(m_at));
      bool month = m > 0 && text.substr(m_at + m, 3) == "月";
      std::size_t d_at = m_at + m + 3, d = month ? number_text_length(text.substr(d_at)) : 0;
      if (d > 0 && text.substr(d_at + d, 3) == "日") {
        int year = parse_number_text(text.substr(pos, y)), month = parse_number_text(text.substr(m_at, m)),
            day = parse_number_text(text.substr(d_at, d));
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
        if (year >= 1949 && year <= 2999 && is_valid_date(iso)) return iso;
      }
    }
    if (y > 0) {
      pos += y;
    } else {
      next_code_point(text, &pos);
    }
  }
  return "";
}

DocumentImport import_document(const std::vector<DocxParagraph>& paragraphs, const Document& given) {
  DocumentImport out;
  Document& d = out.document;
  struct Line {
    int paragraph;
    std::string text;
  };
  std::vector<Line> lines;
  for (const DocxParagraph& p : paragraphs) {
    std::string text(trim(p.auto_number + p.text));
    if (!text.empty()) lines.push_back({p.number, text});
  }
  // Head: letterhead, 文号, title — within the first lines.
  std::size_t body = 0;
  for (std::size_t i = 0; i < lines.size() && i < 8; ++i) {
    if (d.doc_no.empty()) {
      d.doc_no = doc_no_in(lines[i].text);
      if (!d.doc_no.empty()) {
        out.notes.push_back({lines[i].paragraph, "文号 " + d.doc_no});
        body = i + 1;
        continue;
      }
    }
    if (looks_like_title(lines[i].text)) {
      d.title = lines[i].text;
      out.notes.push_back({lines[i].paragraph, "title " + quote(d.title)});
      body = i + 1;
      break;
    }
  }
  for (std::size_t i = 0; i + 1 < body; ++i) {
    if (lines[i].text != d.title && doc_no_in(lines[i].text) != d.doc_no) {
      out.unplaced.push_back({lines[i].paragraph, "above the title, left out of the text (a letterhead?): " + quote(lines[i].text)});
    }
  }
  // Tail: the date, and the issuer just above it.
  for (std::size_t i = lines.size(); i-- > body;) {
    if (!is_date_line(lines[i].text)) continue;
    d.issued = first_written_date(lines[i].text);
    out.notes.push_back({lines[i].paragraph, "印发日期 " + d.issued});
    // The signature lines just above it, one per issuer of a joint document.
    std::size_t first = i;
    while (first > body && i - first < 4 && is_signature_line(lines[first - 1].text)) --first;
    for (std::size_t k = first; k < i; ++k) d.issuer += (d.issuer.empty() ? "" : "、") + lines[k].text;
    if (first < i) out.notes.push_back({lines[first].paragraph, "发文机关 " + quote(d.issuer)});
    break;
  }
  for (std::size_t i = body; i < lines.size(); ++i) {
    d.text += (d.text.empty() ? "" : "\n") + lines[i].text;
    if (!d.effective.empty()) continue;
    std::size_t from = lines[i].text.find("自");
    if (from == std::string::npos) continue;
    std::string_view after = std::string_view(lines[i].text).substr(from);
    std::size_t end = after.find("起");
    if (end == std::string_view::npos) continue;
    std::string_view when = after.substr(0, end);
    if (has(when, "印发之日") || has(when, "发布之日")) {
      d.effective = d.issued;
    } else {
      d.effective = first_written_date(when);
    }
    if (!d.effective.empty()) out.notes.push_back({lines[i].paragraph, "生效日期 " + d.effective});
  }
  d.kind = has(d.title, "职能配置、内设机构和人员编制规定") || has(d.title, "三定") ? "sanding" : "adjustment";

  if (!given.doc_no.empty()) d.doc_no = given.doc_no;
  if (!given.title.empty()) d.title = given.title;
  if (!given.issuer.empty()) d.issuer = given.issuer;
  if (!given.kind.empty()) d.kind = given.kind;
  if (!given.issued.empty()) d.issued = given.issued;
  if (!given.effective.empty()) d.effective = given.effective;
  if (d.effective.empty() && !d.issued.empty()) {
    d.effective = d.issued;
    out.notes.push_back({0, "生效日期: the text names none (自…起施行); the issue date is taken — give --effective if it differs"});
  }
  auto require = [&](const std::string& value, const char* what, const char* option) {
    if (value.empty()) out.errors.push_back(std::string("no ") + what + " found in the text: give it with " + option);
  };
  require(d.doc_no, "文号 (示编〔2021〕12号 in the first paragraphs)", "--document 文号");
  require(d.title, "title (关于…的通知 in the first paragraphs)", "--title TEXT");
  require(d.issuer, "发文机关 (the line above the date at the end)", "--issuer TEXT");
  require(d.issued, "印发日期 (2021年8月5日 at the end)", "--issued YYYY-MM-DD");
  return out;
}

}  // namespace dutyatlas::builder
