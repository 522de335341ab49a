// A small source tree (format v2) written into a temporary folder, for tests that feed the
// builder broken or unusual input. Starts valid and without warnings (every administrative
// body has a 三定); tests overwrite or remove single files.
#pragma once

#include <string>

#include <doctest/doctest.h>

#include <string_view>

#include "builder/diagnostics.h"
#include "builder/source_reader.h"
#include "core/base/utf8.h"
#include "test_support.h"

namespace dutyatlas::test {

inline const char* const kTreeDataset = R"({
  "name": "测试区",
  "title": "测试区机构职责",
  "sample": true,
  "data_date": "2026-01-01",
  "division_code": "999902"
}
)";

// One body per line, so body i is on line 3 + i. Only sthjj is administrative (it has the
// 三定 below); kfq is a development-zone body, so it needs none.
inline const char* const kTreeBodies = R"({
  "bodies": [
    {"id": "kfq", "name": "测试区经济开发区管理委员会", "short_name": "区开发区管委会", "category": "devzone", "rank": "正科级", "uscc": "11999902007990051A", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "rank": "正科级", "uscc": "119999020047900979", "division_code": "999902"},
    {"id": "jcz", "name": "测试区环境监测站", "category": "institution", "rank": "副科级", "parent": "sthjj", "uscc": "12999902404190015M", "division_code": "999902"},
    {"id": "aqw", "name": "测试区安全生产委员会", "category": "coordination", "rank": null, "uscc": "11999902006290213F", "division_code": "999902", "host": "kfq"}
  ]
}
)";

// documents/sanding-sthjj.json: the 三定 document of sthjj. Field k on line k + 1.
inline const char* const kTreeSandingDocument = R"({
  "doc_no": "测编〔2020〕1号",
  "title": "关于印发测试区生态环境局三定规定的通知",
  "issuer": "中共测试区委机构编制委员会",
  "kind": "sanding",
  "issued": "2019-12-20",
  "effective": "2020-01-01"
}
)";

// sanding/sthjj.json: clause n on line 5 + n.
inline const char* const kTreeSanding = R"({
  "body": "sthjj",
  "document": "测编〔2020〕1号",
  "setup": "区生态环境局是区政府工作部门，为正科级。",
  "duties": [
    "负责建立健全全区生态环境基本制度。",
    "负责全区生态环境监测工作。",
    "承担区委、区政府交办的其他任务。"
  ]
}
)";

inline const char* const kTreeSandingDocumentFile = "documents/sanding-sthjj.json";
inline const char* const kTreeSandingFile = "sanding/sthjj.json";

class SourceTree {
 public:
  SourceTree() {
    write("dataset.json", kTreeDataset);
    write("bodies.json", kTreeBodies);
    write(kTreeSandingDocumentFile, kTreeSandingDocument);
    write(kTreeSandingFile, kTreeSanding);
  }
  void write(const std::string& name, const std::string& text) { write_file(dir_ / name, text); }
  void remove(const std::string& name) { std::filesystem::remove_all(dir_ / name); }
  std::string path() const { return dir_.str(); }
  std::filesystem::path operator/(const std::string& name) const { return dir_ / name; }

  builder::Source read(builder::Diagnostics* diagnostics) const {
    return builder::read_source_folder(dir_.str(), diagnostics);
  }

 private:
  TempDir dir_;
};

// Every diagnostic, one per line, as the CLI prints them: for INFO() on failure.
inline std::string describe(const builder::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += builder::format_diagnostic(d) + "\n";
  return out.empty() ? "(no diagnostics)" : out;
}

// The 1-based column, in code points, at which `needle` first starts in `line`: where the
// reader's messages must point.
inline int column_of(const std::string& line, const std::string& needle) {
  std::size_t at = line.find(needle);
  REQUIRE(at != std::string::npos);
  std::string_view before(line.data(), at);
  int column = 1;
  for (std::size_t pos = 0; pos < before.size(); ++column) next_code_point(before, &pos);
  return column;
}

}  // namespace dutyatlas::test
