// `dutyatlas import`: a publisher's Word file turned into a source file of the format.
//
//   import sanding FILE.docx --body ID --document 文号 [--source DIR] [-o FILE.json]
//   import document FILE.docx [--document 文号] [--title T] [--issuer T] [--issued D]
//                             [--effective D] [--kind K] [-o FILE.json]
//
// The .docx is read as paragraphs (docx_paragraphs.h), they become a 三定 (sanding_import.h) or a
// document (document_import.h), and that is written as the format's JSON (source_writer.h) to
// FILE.json — through a temporary file renamed into place, so a failed import leaves nothing
// and an old FILE.json as it was — or to stdout without -o. A report goes to stderr: what was
// recognised, counted per part, and every paragraph not placed, by its number. --source DIR
// (a source folder) gives the bodies a 三定's 职责分工 names and checks --body.
// Not for .doc files, and not for checking the result against the rest of a source folder:
// `dutyatlas check` does that.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

int run_import(const std::vector<std::string>& args);

}  // namespace dutyatlas::builder
