// `dutyatlas build` and `dutyatlas check`: source folder → validated Dataset → publication.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace dutyatlas::builder {

struct BuildOptions {
  std::string source_dir;
  std::string out_dir;                  // empty for `check`
  std::string font_path = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  unsigned font_face = 0;
  std::vector<std::string> ui_text_files;  // the client's interface strings (files or folders: web/ui_text)
  bool edition = true;  // write the HTML edition (文字版) into out_dir/text/
};

// Both print diagnostics and a summary to stdout/stderr and return the process exit code.
int run_check(const BuildOptions& options);
int run_build(const BuildOptions& options);

}  // namespace dutyatlas::builder
