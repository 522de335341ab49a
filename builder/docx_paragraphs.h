// Reading a Word document (.docx, as Word, WPS and LibreOffice save it) as the paragraphs a
// reader sees, in order: each body paragraph, and each table row as one paragraph (its cells
// joined by tabs: 领导职数 is sometimes a table). Gives each paragraph's number (what a
// message names: "paragraph 17", counted 1, 2, … over body paragraphs and table rows alike,
// empty ones included), its style and heading level, and the number Word's automatic numbering
// (w:numPr) shows in front of it, worked out from word/numbering.xml where its format allows.
//
// Not for what the paragraphs mean (sanding_import.h, document_import.h), and not for .doc
// (Word 97–2003), which is another format altogether: it is refused with what to do.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas::builder {

struct DocxParagraph {
  int number = 0;           // 1-based, in document order, table rows included
  std::string text;         // the runs' text; a tab "\t", a line break "\n"; a table row's cells joined by "\t"
  std::string style;        // the paragraph style's name ("heading 1", "Title", "标题 2"); "" for none
  int heading_level = 0;    // 1.. for a heading style or an outline level; 0 for body text
  bool table_row = false;
  // Word's automatic numbering. `auto_number` is the number text Word shows ("（三）", "第二条"),
  // not part of `text`; empty with `auto_number_problem` saying why when it could not be worked
  // out (a format this reader does not know, no numbering part).
  bool auto_numbered = false;
  std::string auto_number;
  std::string auto_number_problem;
};

// The paragraphs of the document in `bytes`, or nullopt with *problem saying what is wrong:
// not a zip (a .doc is named as such), no word/document.xml (an Excel workbook is named as
// such), a part that is not well-formed XML (with the paragraph it stops in).
std::optional<std::vector<DocxParagraph>> read_docx_paragraphs(std::string_view bytes, std::string* problem);

}  // namespace dutyatlas::builder
