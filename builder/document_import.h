// An adjustment document (or any document of the staffing committee) read from its paragraphs
// (docx_paragraphs.h): 文号 (示编〔2021〕12号, from the first paragraphs), title (关于…的通知),
// issuer and 印发日期 (the signature lines at the end: 中共示例区委机构编制委员会 / 2021年8月5日,
// also 二〇二一年八月五日), 生效日期 (本通知自2021年8月15日起施行; 自印发之日起 is the issue
// date), kind (a 三定 by its title, else adjustment) and the text between title and end.
//
// Pure text rules, no file (import_command.h). The changes a document makes (add, transfer …)
// are not read from prose: the publisher writes them (docs/source-format.md).
#pragma once

#include <string>
#include <vector>

#include "builder/docx_paragraphs.h"
#include "builder/sanding_import.h"
#include "core/bundle/model.h"

namespace dutyatlas::builder {

struct DocumentImport {
  Document document;
  std::vector<ImportNote> notes;     // what each recognised field came from
  std::vector<ImportNote> unplaced;  // paragraphs left out of the text (a letterhead above the 文号)
  std::vector<std::string> errors;   // a required field not found: nothing is written
};

// The fields of `given` that are not empty (from the command line) win over what the text says.
DocumentImport import_document(const std::vector<DocxParagraph>& paragraphs, const Document& given);

// The first date written as 2021年8月5日 or 二〇二一年八月五日 in `text`, as YYYY-MM-DD; "" if none.
std::string first_written_date(std::string_view text);

}  // namespace dutyatlas::builder
