// Reading a .docx's paragraphs (see docx_paragraphs.h). The parts, by ECMA-376: the package
// relationships name word/document.xml; its w:body holds w:p (paragraphs: w:r runs of w:t text,
// w:tab, w:br) and w:tbl (tables: w:tr rows of w:tc cells); word/styles.xml names each style and
// may give it numbering (w:numPr) or an outline level; word/numbering.xml maps a w:numId to an
// abstract list whose w:lvl gives each level's start, format (decimal, chineseCounting …) and
// text ("（%1）"). The zip and XML plumbing is office_zip.h's.
#include "builder/docx_paragraphs.h"

#include <cstdlib>
#include <cstring>
#include <map>

#include "builder/office_zip.h"
#include "core/base/chinese_numerals.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

struct StyleInfo {
  std::string name;
  int heading_level = 0;
  std::string num_id;  // numbering the style gives its paragraphs ("" for none)
  int level = 0;
};

struct Level {
  int start = 1;
  std::string format = "decimal";
  std::string text;
};

struct Numbering {
  std::map<std::string, std::string> abstract_of;              // numId → abstractNumId
  std::map<std::string, std::map<int, int>> start_override;    // numId → level → start
  std::map<std::string, std::map<int, Level>> levels;          // abstractNumId → level → definition
  std::map<std::string, std::map<int, int>> counters;          // numId → level → current value
};

int int_attribute(pugi::xml_node node, std::string_view name, int fallback) {
  const char* value = attribute(node, name);
  return *value ? std::atoi(value) : fallback;
}

// "heading 1", "Heading1", "标题 1": the level; otherwise 0.
int heading_level_of_name(const std::string& name) {
  for (std::string_view prefix : {"heading", "Heading", "标题"}) {
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    std::size_t i = prefix.size();
    while (i < name.size() && name[i] == ' ') ++i;
    if (i < name.size() && name[i] >= '1' && name[i] <= '9') return name[i] - '0';
  }
  return 0;
}

std::map<std::string, StyleInfo> read_styles(OfficeZip& zip) {
  std::map<std::string, StyleInfo> styles;
  pugi::xml_document doc;
  if (!zip.load("word/styles.xml", &doc, false)) return styles;
  for_children(doc.document_element(), "style", [&](pugi::xml_node s) {
    if (std::strcmp(attribute(s, "type"), "paragraph") != 0) return;
    StyleInfo info;
    info.name = attribute(child(s, "name"), "val");
    info.heading_level = heading_level_of_name(info.name);
    pugi::xml_node ppr = child(s, "pPr");
    if (pugi::xml_node outline = child(ppr, "outlineLvl"); outline && !info.heading_level) {
      int level = int_attribute(outline, "val", 9);
      if (level < 9) info.heading_level = level + 1;  // 9 is "body text"
    }
    pugi::xml_node num = child(ppr, "numPr");
    info.num_id = attribute(child(num, "numId"), "val");
    info.level = int_attribute(child(num, "ilvl"), "val", 0);
    styles[attribute(s, "styleId")] = std::move(info);
  });
  return styles;
}

Numbering read_numbering(OfficeZip& zip) {
  Numbering numbering;
  pugi::xml_document doc;
  if (!zip.load("word/numbering.xml", &doc, false)) return numbering;
  pugi::xml_node root = doc.document_element();
  for_children(root, "abstractNum", [&](pugi::xml_node a) {
    auto& levels = numbering.levels[attribute(a, "abstractNumId")];
    for_children(a, "lvl", [&](pugi::xml_node l) {
      Level level;
      level.start = int_attribute(child(l, "start"), "val", 1);
      if (pugi::xml_node f = child(l, "numFmt")) level.format = attribute(f, "val");
      level.text = attribute(child(l, "lvlText"), "val");
      levels[int_attribute(l, "ilvl", 0)] = level;
    });
  });
  for_children(root, "num", [&](pugi::xml_node n) {
    std::string id = attribute(n, "numId");
    numbering.abstract_of[id] = attribute(child(n, "abstractNumId"), "val");
    for_children(n, "lvlOverride", [&](pugi::xml_node o) {
      if (pugi::xml_node start = child(o, "startOverride")) {
        numbering.start_override[id][int_attribute(o, "ilvl", 0)] = int_attribute(start, "val", 1);
      }
    });
  });
  return numbering;
}

// One counter value in a level's format; false for a format this reader does not write.
bool format_number(int value, const std::string& format, std::string* out) {
  if (format == "decimal") {
    *out = std::to_string(value);
  } else if (format == "decimalZero") {
    *out = (value < 10 ? "0" : "") + std::to_string(value);
  } else if (format == "chineseCounting" || format == "chineseCountingThousand" ||
             format == "chineseLegalSimplified" || format == "japaneseCounting" ||
             format == "ideographDigital") {
    *out = chinese_numeral(value);
  } else if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    out->clear();
    for (char c : std::to_string(value)) out->append("\xEF\xBC").push_back(char(0x90 + (c - '0')));
  } else {
    return false;
  }
  return true;
}

// Advances the list's counter for `level` and gives the number text Word shows.
void number_paragraph(Numbering& numbering, const std::string& num_id, int level, DocxParagraph* p) {
  p->auto_numbered = true;
  auto abstract = numbering.abstract_of.find(num_id);
  if (abstract == numbering.abstract_of.end() || !numbering.levels.count(abstract->second) ||
      !numbering.levels[abstract->second].count(level)) {
    p->auto_number_problem = "Word's automatic numbering (list " + num_id + ", level " +
                             std::to_string(level + 1) + ") is not defined in word/numbering.xml";
    return;
  }
  auto& levels = numbering.levels[abstract->second];
  auto& counters = numbering.counters[num_id];
  auto start_of = [&](int l) {
    auto o = numbering.start_override[num_id].find(l);
    return o != numbering.start_override[num_id].end() ? o->second : levels[l].start;
  };
  counters[level] = counters.count(level) ? counters[level] + 1 : start_of(level);
  for (auto it = counters.upper_bound(level); it != counters.end();) it = counters.erase(it);
  const Level& def = levels[level];
  if (def.format == "bullet" || def.format == "none") return;  // no number to show
  std::string text;
  for (std::size_t i = 0; i < def.text.size(); ++i) {
    if (def.text[i] == '%' && i + 1 < def.text.size() && def.text[i + 1] >= '1' && def.text[i + 1] <= '9') {
      int l = def.text[++i] - '1';
      int value = counters.count(l) ? counters[l] : start_of(l);
      const std::string& format = levels.count(l) ? levels[l].format : def.format;
      std::string number;
      if (!format_number(value, format, &number)) {
        p->auto_number_problem = "Word's automatic numbering in the format \"" + format +
                                 "\" (list " + num_id + ") is not one this reader can write out";
        return;
      }
      text += number;
    } else {
      text += def.text[i];
    }
  }
  p->auto_number = text;
}

// The text of a paragraph's runs (or a cell's paragraphs), in order. Deleted text (w:del,
// w:delText), field instructions and text boxes are not part of what the reader sees here.
void collect_text(pugi::xml_node node, std::string* out) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = local_name(c.name());
    if (name == "t") {
      *out += c.text().get();
    } else if (name == "tab") {
      *out += '\t';
    } else if (name == "br" || name == "cr") {
      *out += '\n';
    } else if (name == "p") {
      if (!out->empty() && out->back() != '\n') *out += '\n';  // paragraphs of one table cell
      collect_text(c, out);
    } else if (name != "del" && name != "instrText" && name != "txbxContent" && name != "pPr" &&
               name != "rPr" && name != "moveFrom") {
      collect_text(c, out);
    }
  }
}

class BodyReader {
 public:
  BodyReader(std::map<std::string, StyleInfo> styles, Numbering numbering)
      : styles_(std::move(styles)), numbering_(std::move(numbering)) {}

  void read(pugi::xml_node container) {
    for (pugi::xml_node c : container.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c.name());
      if (name == "p") {
        paragraph(c);
      } else if (name == "tbl") {
        table(c);
      } else if (name == "sdt") {
        read(child(c, "sdtContent"));  // a content control around paragraphs
      }
    }
  }
  std::vector<DocxParagraph> take() { return std::move(paragraphs_); }

 private:
  void paragraph(pugi::xml_node p) {
    DocxParagraph out;
    out.number = int(paragraphs_.size()) + 1;
    collect_text(p, &out.text);
    pugi::xml_node ppr = child(p, "pPr");
    std::string style_id = attribute(child(ppr, "pStyle"), "val");
    std::string num_id;
    int level = 0;
    if (auto s = styles_.find(style_id); s != styles_.end()) {
      out.style = s->second.name;
      out.heading_level = s->second.heading_level;
      num_id = s->second.num_id;
      level = s->second.level;
    }
    if (pugi::xml_node outline = child(ppr, "outlineLvl")) {
      int l = int_attribute(outline, "val", 9);
      out.heading_level = l < 9 ? l + 1 : 0;
    }
    if (pugi::xml_node num = child(ppr, "numPr")) {
      if (pugi::xml_node id = child(num, "numId")) num_id = attribute(id, "val");
      if (pugi::xml_node l = child(num, "ilvl")) level = int_attribute(l, "val", 0);
    }
    if (!num_id.empty() && num_id != "0") number_paragraph(numbering_, num_id, level, &out);  // numId 0: numbering removed
    paragraphs_.push_back(std::move(out));
  }

  void table(pugi::xml_node tbl) {
    for_children(tbl, "tr", [&](pugi::xml_node tr) {
      DocxParagraph out;
      out.number = int(paragraphs_.size()) + 1;
      out.table_row = true;
      bool first = true;
      for_children(tr, "tc", [&](pugi::xml_node tc) {
        if (!first) out.text += '\t';
        first = false;
        std::string cell;
        collect_text(tc, &cell);
        out.text += cell;
      });
      paragraphs_.push_back(std::move(out));
    });
  }

  std::map<std::string, StyleInfo> styles_;
  Numbering numbering_;
  std::vector<DocxParagraph> paragraphs_;
};

// How many paragraphs begin before `offset` of document.xml: where a damaged part stops.
int paragraphs_before(const std::string& xml, std::size_t offset) {
  int count = 0;
  for (std::size_t at = xml.find("<w:p", 0); at != std::string::npos && at < offset; at = xml.find("<w:p", at + 4)) {
    char next = at + 4 < xml.size() ? xml[at + 4] : '\0';
    if (next == '>' || next == ' ' || next == '/') ++count;
  }
  for (std::size_t at = xml.find("<w:tr", 0); at != std::string::npos && at < offset; at = xml.find("<w:tr", at + 5)) {
    char next = at + 5 < xml.size() ? xml[at + 5] : '\0';
    if (next == '>' || next == ' ') ++count;
  }
  return count;
}

}  // namespace

std::optional<std::vector<DocxParagraph>> read_docx_paragraphs(std::string_view bytes, std::string* problem) {
  if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
    *problem = "it is a Word 97–2003 document (.doc) or another old Office file, not a .docx: "
               "open it in Word or WPS and save it as .docx (Word 文档)";
    return std::nullopt;
  }
  OfficeZip zip(bytes);
  if (!zip.ok()) {
    *problem = zip.problem() + "; a .docx is a zip of XML parts, as Word, WPS and LibreOffice save it";
    return std::nullopt;
  }
  const std::string main_part = zip.main_part("word/document.xml");
  if (main_part.compare(0, 3, "xl/") == 0 || (!zip.has(main_part) && zip.has("xl/workbook.xml"))) {
    *problem = "it is an Excel workbook, not a Word document";
    return std::nullopt;
  }
  if (!zip.has(main_part)) {
    *problem = "it is a zip archive without a Word document (no " + main_part + ")";
    return std::nullopt;
  }
  pugi::xml_document doc;
  std::size_t bad_at = 0;
  if (!zip.load(main_part, &doc, true, &bad_at)) {
    *problem = zip.problem();
    std::string xml;
    if (bad_at > 0 && zip.read(main_part, &xml)) {
      *problem += ", in paragraph " + std::to_string(paragraphs_before(xml, bad_at)) +
                  " (the text up to there is intact; the file is damaged after it)";
    }
    return std::nullopt;
  }
  pugi::xml_node body = child(doc.document_element(), "body");
  if (!body) {
    *problem = "the part " + main_part + " has no document body (w:body)";
    return std::nullopt;
  }
  BodyReader reader(read_styles(zip), read_numbering(zip));
  reader.read(body);
  std::vector<DocxParagraph> paragraphs = reader.take();
  for (const DocxParagraph& p : paragraphs) {
    // pugixml passes bytes through: a part declaring another encoding, or damaged, is refused
    // here rather than written into the JSON.
    if (!is_valid_utf8(p.text)) {
      *problem = "paragraph " + std::to_string(p.number) + " holds bytes that are not UTF-8 text (a damaged file, "
                 "or a part in another encoding): open and save it again in Word or WPS";
      return std::nullopt;
    }
  }
  return paragraphs;
}

}  // namespace dutyatlas::builder
