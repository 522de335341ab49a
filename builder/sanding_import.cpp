// Reading a 三定's parts from its paragraphs (see sanding_import.h).
//
// [SECTION] text helpers
// [SECTION] headings: which part a paragraph opens
// [SECTION] the parts: duties, divisions, staffing, boundaries
// [SECTION] import_sanding
#include "builder/sanding_import.h"

#include <algorithm>
#include <map>

#include "builder/text_rules.h"
#include "core/base/chinese_numerals.h"
#include "core/base/text.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

// [SECTION] text helpers

bool begins(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool ends(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string trimmed(std::string_view text) { return std::string(trim(text)); }

// The text without a trailing 。 (a division's duties are written without one).
std::string without_full_stop(std::string text) {
  text = trimmed(text);
  while (ends(text, "。") || ends(text, ".")) text.resize(text.size() - (ends(text, "。") ? 3 : 1));
  return trimmed(text);
}

// The first of `marks` in `text` at or after `from`, as (offset, mark length); npos if none.
std::pair<std::size_t, std::size_t> first_mark(std::string_view text, std::initializer_list<std::string_view> marks,
                                               std::size_t from = 0) {
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  for (std::string_view mark : marks) {
    std::size_t at = text.find(mark, from);
    if (at < best.first) best = {at, mark.size()};
  }
  return best;
}

// Splits at ；/; and drops the trailing 。: "负责A；负责B。" → {"负责A", "负责B"}.
std::vector<std::string> split_clauses(std::string_view text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= text.size()) {
    auto [at, length] = first_mark(text, {"；", ";"}, from);
    std::string piece = without_full_stop(std::string(text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from)));
    if (!piece.empty()) out.push_back(piece);
    if (at == std::string_view::npos) break;
    from = at + length;
  }
  return out;
}

// A short quote of a paragraph for a message.
std::string quote(std::string_view text) { return "“" + shorten(trim(text), 30) + "”"; }

// [SECTION] headings: which part a paragraph opens

enum class Part { kNone, kSetup, kDuties, kTransformation, kDivisions, kStaffing, kBoundaries, kAnnex };

// The names of the parts. Order matters: 职责分工 before 主要职责, 内设机构 before 机构设置.
const std::pair<std::string_view, Part> kPartWords[] = {
    {"职责分工", Part::kBoundaries}, {"其他事项", Part::kBoundaries}, {"附则", Part::kAnnex},
    {"职能转变", Part::kTransformation}, {"主要职责", Part::kDuties}, {"内设机构", Part::kDivisions},
    {"人员编制", Part::kStaffing}, {"领导职数", Part::kStaffing}, {"机构编制", Part::kStaffing},
    {"机构设置", Part::kSetup}, {"机构性质", Part::kSetup}, {"机构规格", Part::kSetup}};

// The part whose name `text` holds; kNone if none.
Part part_named(std::string_view text) {
  for (auto [word, part] : kPartWords) {
    if (contains(text, word)) return part;
  }
  return Part::kNone;
}

// True if `title` is nothing but parts' names and the words joining them (人员编制和领导职数,
// 其他事项): a line of its own that is a heading, where 内设机构改革工作 is a duty.
bool only_part_words(std::string title) {
  for (auto [word, part] : kPartWords) {
    for (std::size_t at; (at = title.find(word)) != std::string::npos;) title.erase(at, word.size());
  }
  for (std::string_view joint : {"和", "及", "与", "、", "的", "主要", "有关"}) {
    for (std::size_t at; (at = title.find(joint)) != std::string::npos;) title.erase(at, joint.size());
  }
  return trim(title).empty();
}

struct Heading {
  Part part = Part::kNone;
  std::string content;  // what follows the heading's title in the same paragraph
};

// "第三条" / "第3条" / "一、" at the start: its length in bytes, 0 if none.
std::size_t article_number_length(std::string_view text, bool* article) {
  if (begins(text, "第")) {
    std::size_t run = number_text_length(text.substr(3));
    if (run > 0 && begins(text.substr(3 + run), "条")) {
      *article = true;
      return 3 + run + 3;
    }
    return 0;
  }
  std::size_t run = number_text_length(text);
  if (run > 0 && (begins(text.substr(run), "、") || begins(text.substr(run), "．"))) return run + 3;
  return 0;
}

// Whether `line` opens a part, and which. A heading is 第N条 or a heading style with a part's
// name in its short title, or a line (after 一、 or not) whose title is only parts' names
// (主要职责, 五、人员编制和领导职数：…), so that a duty like 1、内设机构改革工作。 stays a duty; the
// title's content after 。 or ： is the part's first text. A 第N条 without a part's name is placed by
// its sentence (…为正科级 is 机构设置, 本规定… is 附则) or reported.
std::optional<Heading> heading_of(std::string_view line, int heading_level) {
  bool article = false;
  std::size_t number = article_number_length(line, &article);
  std::string rest = trimmed(line.substr(number));
  auto [end, mark] = first_mark(rest, {"。", "：", ":", " ", "\t", "　"});
  std::string title = end == std::string::npos ? rest : rest.substr(0, end);
  Heading heading;
  if (code_point_count(title) <= 12) {
    Part part = part_named(title);
    if (part != Part::kNone && (article || heading_level > 0 || only_part_words(title))) {
      heading.part = part;
      heading.content = end == std::string::npos ? "" : trimmed(rest.substr(end + mark));
      return heading;
    }
  }
  if (!article) return std::nullopt;
  heading.content = rest;
  Part named = part_named(rest.substr(0, rest.find("。")));
  if (begins(rest, "本规定")) {
    heading.part = Part::kAnnex;  // 第九条 本规定由区委机构编制委员会办公室负责解释。
  } else if (named == Part::kDuties || named == Part::kDivisions || named == Part::kStaffing ||
      named == Part::kTransformation) {
    heading.part = named;  // 第三条 区生态环境局的主要职责是：
  } else if (contains(rest, "级") && (contains(rest, "为") || contains(rest, "是"))) {
    heading.part = Part::kSetup;  // 第一条 区生态环境局是区政府工作部门，为正科级。
  }
  return heading;
}

// [SECTION] the parts: duties, divisions, staffing, boundaries

struct Line {
  int paragraph = 0;
  std::string text;
  bool numbered = false;  // Word's automatic numbering stands in front of it
  bool table_row = false;
};

// The text with its own numbering removed: "（三）负责…" → "负责…"; *had says whether there was one.
std::string strip_numbering(const std::string& text, bool* had) {
  std::size_t own = own_numbering_length(text);
  *had = own > 0;
  return trimmed(std::string_view(text).substr(own));
}

// "（二）" … "（N）" inside a paragraph that holds several duties: the pieces, each with its label.
std::vector<std::string> split_inline_items(const std::string& text) {
  std::vector<std::string> pieces;
  std::size_t from = 0;
  int next = 0;  // the label after the paragraph's own: （四） after （三）
  for (int n = 1; n <= 200 && !next; ++n) {
    if (text.compare(0, clause_label(n).size(), clause_label(n)) == 0) next = n + 1;
  }
  if (!next) return {text};
  for (std::size_t start = 0;;) {
    std::string label = clause_label(next);
    std::size_t at = text.find(label, from + 1);
    if (at == std::string::npos) {
      pieces.push_back(text.substr(start));
      return pieces;
    }
    pieces.push_back(trimmed(text.substr(start, at - start)));
    start = from = at;
    ++next;
  }
}

// 主要职责 and 职能转变: one item per numbered paragraph (or per paragraph when none is numbered).
std::vector<std::string> read_items(const std::vector<Line>& lines, const char* what, SandingImport* out) {
  bool any_numbered = false;
  for (const Line& line : lines) {
    bool had = false;
    strip_numbering(line.text, &had);
    any_numbered |= had || line.numbered;
  }
  std::vector<std::string> items;
  for (const Line& line : lines) {
    std::vector<std::string> pieces = split_inline_items(line.text);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      bool had = false;
      std::string text = strip_numbering(pieces[i], &had);
      had |= line.numbered && i == 0;
      if (text.empty()) continue;
      if (had || !any_numbered) {
        if (items.empty() && (ends(text, "：") || ends(text, ":")) && !had) {
          out->notes.push_back({line.paragraph, std::string(what) + ": taken as the lead-in, not an item: " + quote(text)});
          continue;
        }
        items.push_back(text);
      } else if (items.empty()) {
        out->notes.push_back({line.paragraph, std::string(what) + ": taken as the lead-in, not an item: " + quote(text)});
      } else {
        items.back() += "\n" + text;
        out->notes.push_back({line.paragraph, std::string(what) + ": no （N） of its own, joined to item " +
                                                  clause_label(int(items.size())) + ": " + quote(text)});
      }
    }
  }
  return items;
}

// A division's name: short, no comma, not the beginning of a duty.
bool looks_like_division_name(std::string_view name) {
  std::size_t count = code_point_count(name);
  return count >= 2 && count <= 25 && !contains(name, "，") && !contains(name, "、") && !contains(name, "；") &&
         !contains(name, ",") && !begins(name, "负责") && !begins(name, "承担") && !contains(name, "内设机构");
}

void read_divisions(const std::vector<Line>& lines, SandingImport* out) {
  auto& divisions = out->sanding.divisions;
  for (const Line& line : lines) {
    bool had = false;
    std::string text = strip_numbering(line.text, &had);
    had |= line.numbered;
    auto [at, mark] = first_mark(text, {"。", "：", ":"});
    std::string name = at == std::string::npos ? text : trimmed(text.substr(0, at));
    std::string rest = at == std::string::npos ? "" : trimmed(text.substr(at + mark));
    bool colon = at != std::string::npos && text.compare(at, mark, "。") != 0;  // ： or :
    bool lead_in = rest.empty() && colon && !had;  // 区生态环境局设下列内设机构：
    if (!lead_in && looks_like_division_name(name) && (at != std::string::npos || had || !contains(text, "。"))) {
      divisions.push_back({name, split_clauses(rest)});
    } else if (!divisions.empty() && !lead_in) {
      for (std::string& duty : split_clauses(text)) divisions.back().duties.push_back(std::move(duty));
      out->notes.push_back({line.paragraph, "内设机构: duties joined to " + divisions.back().name + ": " + quote(text)});
    } else if (lead_in || contains(text, "内设机构")) {
      out->notes.push_back({line.paragraph, "内设机构: taken as the lead-in: " + quote(text)});
    } else {
      out->unplaced.push_back({line.paragraph, "内设机构: neither a division's name nor its duties: " + quote(text)});
    }
  }
  for (const auto& division : divisions) out->division_duties += int(division.duties.size());
}

// The text with parentheses that hold a count removed: "副局长3名（其中1名兼任…）" → "副局长3名".
std::string without_counted_asides(std::string text) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
      std::size_t end = text.find(close, at);
      if (end == std::string::npos) break;
      if (contains(std::string_view(text).substr(at, end - at), "名")) text.erase(at, end + close.size() - at);
    }
  }
  return text;
}

// One figure of 人员编制: a kind of 编制, or a leader's post. False if `label` is neither.
bool put_figure(std::string label, int count, Staffing* staffing) {
  for (std::string_view lead : {"另设", "其中", "核定", "配备", "设"}) {
    if (begins(label, lead)) label.erase(0, lead.size());
  }
  for (std::string_view tail : {"为", "共", "计"}) {
    if (ends(label, tail)) label.resize(label.size() - tail.size());
  }
  label = trimmed(label);
  if (contains(label, "行政编制")) {
    staffing->administrative = count;
  } else if (contains(label, "事业编制")) {
    staffing->career = count;
  } else if (contains(label, "工勤")) {
    staffing->service = count;
  } else if (label.empty() || contains(label, "编制") || contains(label, "职数") || contains(label, "人员") ||
             code_point_count(label) > 12) {
    return false;
  } else {
    staffing->leaders.push_back({label, count});
  }
  return true;
}

// Every "<label><number>名" of a line of prose: how many figures it gave.
int read_prose_figures(const std::string& line, Staffing* staffing) {
  std::string text = without_counted_asides(line);
  int figures = 0;
  std::size_t label_start = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t run = number_text_length(std::string_view(text).substr(pos));
    // A number followed by 名, not inside a word: 十 in 十名 counts, 一 in 统一 does not matter
    // because it is not followed by 名.
    if (run > 0 && begins(std::string_view(text).substr(pos + run), "名")) {
      int count = parse_number_text(std::string_view(text).substr(pos, run));
      if (count >= 0 && put_figure(text.substr(label_start, pos - label_start), count, staffing)) ++figures;
      pos += run + 3;
      label_start = pos;
      continue;
    }
    std::size_t next = pos;
    char32_t cp = next_code_point(text, &next);
    if (cp == U'、' || cp == U'，' || cp == U',' || cp == U'；' || cp == U';' || cp == U'：' || cp == U':' ||
        cp == U'。' || cp == U' ' || cp == U'\t' || cp == U'　') {
      label_start = next;
    }
    pos = run > 0 ? pos + run : next;
  }
  return figures;
}

// A table row of 领导职数 / 编制: a title in one cell, its number (1, 1名, 一名) in another.
int read_table_figures(const std::string& row, Staffing* staffing) {
  std::vector<std::string> cells;
  for (std::size_t from = 0;;) {
    std::size_t tab = row.find('\t', from);
    cells.push_back(trimmed(row.substr(from, tab == std::string::npos ? std::string::npos : tab - from)));
    if (tab == std::string::npos) break;
    from = tab + 1;
  }
  std::string label;
  int count = -1;
  for (std::string& cell : cells) {
    std::string number = ends(cell, "名") ? cell.substr(0, cell.size() - 3) : cell;
    int value = parse_number_text(trim(number));
    if (value >= 0 && count < 0 && !label.empty()) {
      count = value;
    } else if (label.empty() && !cell.empty() && value < 0) {
      label = cell;
    }
  }
  if (count < 0) return read_prose_figures(row, staffing);  // a row written as a sentence
  return put_figure(label, count, staffing) ? 1 : 0;
}

void read_staffing(const std::vector<Line>& lines, SandingImport* out) {
  for (const Line& line : lines) {
    Staffing& staffing = out->sanding.staffing;
    int figures = line.table_row ? read_table_figures(line.text, &staffing) : read_prose_figures(line.text, &staffing);
    if (figures > 0) continue;
    if (line.table_row) {
      out->notes.push_back({line.paragraph, "人员编制: a table row without a figure (a header?): " + quote(line.text)});
    } else {
      out->unplaced.push_back({line.paragraph, "人员编制: no figure (…N名) read: " + quote(line.text)});
    }
  }
}

// The bodies named in `text`, in order, each once, without `self`: the longest name wins where
// one contains another (区公安分局 inside 示例市公安局示例区分局).
std::vector<std::string> bodies_named(std::string_view text, const std::vector<BodyAlias>& aliases,
                                      const std::string& self) {
  std::vector<std::string> ids;
  for (std::size_t pos = 0; pos < text.size();) {
    const BodyAlias* best = nullptr;
    for (const BodyAlias& alias : aliases) {
      if ((!best || alias.text.size() > best->text.size()) && text.compare(pos, alias.text.size(), alias.text) == 0) {
        best = &alias;
      }
    }
    if (best) {
      if (best->id != self && std::find(ids.begin(), ids.end(), best->id) == ids.end()) ids.push_back(best->id);
      pos += best->text.size();
    } else {
      next_code_point(text, &pos);
    }
  }
  return ids;
}

void read_boundaries(const std::vector<Line>& lines, const std::vector<BodyAlias>& aliases, SandingImport* out) {
  for (const Line& line : lines) {
    bool had = false;
    std::string text = strip_numbering(line.text, &had);
    std::string_view heading = std::string_view(text).substr(0, text.find("："));
    if (!begins(text, "与") && !contains(heading, "职责分工")) {
      out->unplaced.push_back({line.paragraph, "职责分工: not a 职责分工 with another body (it does not begin "
                                               "with 与…): " + quote(text)});
      continue;
    }
    // The bodies of its heading (与区市场监管局的有关职责分工：), else of its text (与有关行业
    // 主管部门的安全生产职责分工：…区市场监督管理局负责…).
    std::vector<std::string> with = bodies_named(heading, aliases, out->sanding.body_id);
    if (with.empty()) with = bodies_named(text, aliases, out->sanding.body_id);
    if (with.empty()) {
      out->unplaced.push_back({line.paragraph, std::string("职责分工: names no body ") +
                                                   (aliases.empty() ? "(give --source DIR: its bodies.json names them)"
                                                                    : "of the source's bodies.json") + ": " + quote(text)});
      continue;
    }
    out->sanding.boundaries.push_back({with, text});
  }
}

}  // namespace

// [SECTION] import_sanding

void add_body_aliases(const Body& body, const std::string& district, std::vector<BodyAlias>* aliases) {
  aliases->push_back({body.name, body.id});
  if (!body.short_name.empty() && body.short_name != body.name) aliases->push_back({body.short_name, body.id});
  // 示例区市场监督管理局 is 区市场监督管理局 in the district's own documents (a 县's: 县…).
  for (std::string_view level : {"区", "县", "市", "旗"}) {
    if (district.size() > level.size() && ends(district, level) && begins(body.name, district) &&
        body.name.size() > district.size()) {
      aliases->push_back({std::string(level) + body.name.substr(district.size()), body.id});
    }
  }
}

SandingImport import_sanding(const std::vector<DocxParagraph>& paragraphs, const std::string& body_id,
                             const std::string& doc_no, const std::vector<BodyAlias>& bodies) {
  SandingImport out;
  out.sanding.body_id = body_id;
  out.sanding.doc_no = doc_no;
  std::map<Part, std::vector<Line>> parts;
  std::map<Part, int> heading_paragraph;
  Part current = Part::kNone;
  bool title_seen = false, after_unknown = false;
  for (const DocxParagraph& p : paragraphs) {
    if (trim(p.text).empty() && p.auto_number.empty()) {
      ++out.empty_paragraphs;
      continue;
    }
    if (p.auto_numbered && !p.auto_number_problem.empty()) {
      out.notes.push_back({p.number, p.auto_number_problem + "; taken as the start of a new item: " + quote(p.text)});
    }
    // Each line of a paragraph broken with Shift+Enter is read on its own.
    std::string whole = p.auto_number + p.text;
    bool first_line = true;
    for (std::size_t from = 0; from <= whole.size(); first_line = false) {
      std::size_t br = p.table_row ? std::string::npos : whole.find('\n', from);
      std::string text = trimmed(whole.substr(from, br == std::string::npos ? std::string::npos : br - from));
      from = br == std::string::npos ? whole.size() + 1 : br + 1;
      if (text.empty()) continue;
      bool numbered = p.auto_numbered && p.auto_number.empty() && first_line;
      if (!p.table_row) {
        if (std::optional<Heading> h = heading_of(text, p.heading_level)) {
          if (h->part == Part::kNone) {
            out.unplaced.push_back({p.number, "a 第N条 whose part is not recognised (机构设置, 主要职责, 职能转变, "
                                              "内设机构, 人员编制, 职责分工 or 附则): " + quote(text)});
            current = Part::kNone;
            after_unknown = true;
            continue;
          }
          current = h->part;
          after_unknown = false;
          heading_paragraph.emplace(current, p.number);
          if (!h->content.empty()) parts[current].push_back({p.number, h->content, false, false});
          continue;
        }
        if (begins(text, "第") && contains(text.substr(0, 15), "章")) {  // 第一章 总则: chapters group the 条
          out.notes.push_back({p.number, "a chapter heading, not part of the JSON: " + quote(text)});
          continue;
        }
      }
      if (current == Part::kNone) {
        if (!title_seen && heading_paragraph.empty() && !after_unknown) {
          title_seen = true;
          out.notes.push_back({p.number, "taken as the title: " + quote(text)});
        } else if (after_unknown) {
          out.unplaced.push_back({p.number, "after a 第N条 whose part is not recognised: " + quote(text)});
        } else {
          out.unplaced.push_back({p.number, "before the first part (第一条 or 机构设置): " + quote(text)});
        }
        continue;
      }
      parts[current].push_back({p.number, text, numbered, p.table_row});
    }
  }

  for (const Line& line : parts[Part::kSetup]) {
    out.sanding.setup += (out.sanding.setup.empty() ? "" : "\n") + line.text;
    ++out.setup_paragraphs;
  }
  out.sanding.duties = read_items(parts[Part::kDuties], "主要职责", &out);
  out.sanding.transformation = read_items(parts[Part::kTransformation], "职能转变", &out);
  read_divisions(parts[Part::kDivisions], &out);
  read_staffing(parts[Part::kStaffing], &out);
  read_boundaries(parts[Part::kBoundaries], bodies, &out);
  for (const Line& line : parts[Part::kAnnex]) {
    ++out.annex_paragraphs;
    out.notes.push_back({line.paragraph, "附则, not part of the 三定 JSON: " + quote(line.text)});
  }

  if (!heading_paragraph.count(Part::kDuties)) {
    out.errors.push_back("no 主要职责: no paragraph opens it (第N条 主要职责, or a heading 主要职责)");
  } else if (out.sanding.duties.empty()) {
    out.errors.push_back("paragraph " + std::to_string(heading_paragraph[Part::kDuties]) +
                         ": 主要职责 has no duties after it");
  }
  if (out.sanding.setup.empty()) {
    out.errors.push_back("no 机构设置: no paragraph gives the body's nature and rank (第一条 … 为正科级, or a "
                         "heading 机构设置 followed by it)");
  }
  std::sort(out.unplaced.begin(), out.unplaced.end(), [](const ImportNote& a, const ImportNote& b) { return a.paragraph < b.paragraph; });
  std::sort(out.notes.begin(), out.notes.end(), [](const ImportNote& a, const ImportNote& b) { return a.paragraph < b.paragraph; });
  return out;
}

}  // namespace dutyatlas::builder
