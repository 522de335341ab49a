// Word files a publisher imports (builder/docx_paragraphs.h) and the text rules that read a 三定
// or a document from their paragraphs (sanding_import.h, document_import.h), on any input:
// never crashes or hangs. The bytes are read as a .docx; and, split at line breaks, as the
// paragraphs of one — the rules see text no zip would carry past libzip's checks. For valid
// UTF-8, every text of the result is valid UTF-8 and its JSON (what `import` writes) can be made.
#include <string>
#include <vector>

#include "builder/document_import.h"
#include "builder/docx_paragraphs.h"
#include "builder/sanding_import.h"
#include "builder/source_writer.h"
#include "fuzz_support.h"

namespace {

using namespace dutyatlas::builder;

void check_texts(const SandingImport& r) {
  const auto& s = r.sanding;
  FUZZ_CHECK(dutyatlas::is_valid_utf8(s.setup));
  for (const auto& d : s.duties) FUZZ_CHECK(!d.empty() && dutyatlas::is_valid_utf8(d));
  for (const auto& d : s.transformation) FUZZ_CHECK(dutyatlas::is_valid_utf8(d));
  for (const auto& division : s.divisions) {
    FUZZ_CHECK(dutyatlas::is_valid_utf8(division.name));
    for (const auto& d : division.duties) FUZZ_CHECK(dutyatlas::is_valid_utf8(d));
  }
  for (const auto& leader : s.staffing.leaders) FUZZ_CHECK(leader.count >= 0 && dutyatlas::is_valid_utf8(leader.title));
  for (const auto& b : s.boundaries) FUZZ_CHECK(!b.with_body_ids.empty());
  for (const auto& n : r.unplaced) FUZZ_CHECK(dutyatlas::is_valid_utf8(n.message));
  for (const auto& n : r.notes) FUZZ_CHECK(dutyatlas::is_valid_utf8(n.message));
}

void import_both(const std::vector<DocxParagraph>& paragraphs, bool valid_utf8) {
  static const std::vector<BodyAlias> kBodies = {{"区市场监督管理局", "scjgj"}, {"区市场监管局", "scjgj"},
                                                 {"区生态环境局", "sthjj"}};
  SandingImport sanding = import_sanding(paragraphs, "sthjj", "示编〔2019〕15号", kBodies);
  DocumentImport document = import_document(paragraphs, {});
  if (!valid_utf8) return;
  check_texts(sanding);
  (void)sanding_json(sanding.sanding).dump(2);  // throws on text that is not UTF-8
  (void)document_json(document.document).dump(2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  std::string_view bytes = fuzz_text(data, size);
  std::string problem;
  if (auto paragraphs = read_docx_paragraphs(bytes, &problem)) {
    import_both(*paragraphs, true);  // the reader lets no other text through
  } else {
    FUZZ_CHECK(!problem.empty());
  }
  std::vector<DocxParagraph> lines;
  for (std::size_t from = 0; from <= bytes.size();) {
    std::size_t end = bytes.find('\n', from);
    if (end == std::string_view::npos) end = bytes.size();
    DocxParagraph p;
    p.number = int(lines.size()) + 1;
    p.text = std::string(bytes.substr(from, end - from));
    p.table_row = p.text.find('\t') != std::string::npos && p.text[0] == '|';
    lines.push_back(std::move(p));
    from = end + 1;
  }
  import_both(lines, dutyatlas::is_valid_utf8(bytes));
  return 0;
}
