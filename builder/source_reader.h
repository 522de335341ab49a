// Reads a publisher's source folder into a Dataset, collecting every problem on the way.
//
// Source format v1 (docs/source-format.md):
//   dataset.json          the district: name, title, data_date, division_code, sample
//   bodies.json           {"bodies": [{id, name, short_name, category, rank, parent, uscc,
//                                      division_code, host}]}
//   sanding/<id>.json     a body's 三定: {body, document: {doc_no, title, effective}, setup,
//                                       duties: ["clause", …]}
// Files are read as UTF-8. Problems are reported, never thrown: the caller decides whether to
// write anything (only when there is no error).
#pragma once

#include <string>

#include "builder/diagnostics.h"
#include "core/model.h"

namespace dutyatlas::builder {

Dataset read_source_folder(const std::string& dir, Diagnostics* diagnostics);

}  // namespace dutyatlas::builder
