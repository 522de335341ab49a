// A 三定 read from its paragraphs (docx_paragraphs.h gives them from a .docx): the standard
// parts recognised — 机构设置, 主要职责, 职能转变, 内设机构, 人员编制 and 领导职数, 职责分工 /
// 其他事项, 附则 — by their 第N条 (or 一、, or a heading style, or a heading line of its own),
// 主要职责 split at （一）（二）…, divisions at their names (（一）办公室。负责…；…), staffing
// figures read whether typed as 18, １８ or 十八, and every paragraph that fits nowhere kept in
// the result with its number: nothing is dropped without a word.
//
// Pure text rules: no file, no zip, no JSON (import_command.h does those), so each rule is
// unit-testable on a list of strings. docs/source-format.md, "Importing a 三定 from Word".
#pragma once

#include <string>
#include <vector>

#include "builder/docx_paragraphs.h"
#include "core/bundle/model.h"

namespace dutyatlas::builder {

// How a 三定 may name another body in its 职责分工 (full name, short name, "区" (县, 市) + the
// name after the district's), and that body's id.
struct BodyAlias {
  std::string text;
  std::string id;
};

// A paragraph the import has something to say about, by its number in the document.
struct ImportNote {
  int paragraph = 0;
  std::string message;
};

struct SandingImport {
  Sanding sanding;  // body_id and doc_no as given to import_sanding
  int setup_paragraphs = 0;
  int division_duties = 0;
  int annex_paragraphs = 0;  // 附则: read, not part of the JSON
  int empty_paragraphs = 0;
  std::vector<ImportNote> unplaced;  // paragraphs that are in no field of the JSON, with why
  std::vector<ImportNote> notes;     // placed, but worth a look (a lead-in, Word's numbering …)
  std::vector<std::string> errors;   // what makes the JSON unusable (no 主要职责 …): nothing is written
};

SandingImport import_sanding(const std::vector<DocxParagraph>& paragraphs, const std::string& body_id,
                             const std::string& doc_no, const std::vector<BodyAlias>& bodies);

// Every (text, id) a 三定 of `district` (dataset.json's name) may use for `body`.
void add_body_aliases(const Body& body, const std::string& district, std::vector<BodyAlias>* aliases);

}  // namespace dutyatlas::builder
