// 人员编制 in words (see staffing_text.h).
#include "core/duties/staffing_text.h"

#include <utility>

namespace dutyatlas {
namespace {

void append_part(std::string* line, const std::string& what, int count) {
  if (!line->empty()) *line += "、";
  *line += what + " " + std::to_string(count) + " 名";
}

}  // namespace

std::string staffing_figures_text(const Staffing& staffing) {
  const std::pair<const char*, int> figures[] = {
      {"行政编制", staffing.administrative}, {"事业编制", staffing.career}, {"工勤编制", staffing.service}};
  std::string line;
  for (const auto& [label, count] : figures) {
    if (count >= 0) append_part(&line, label, count);  // -1: the 三定 gives no figure
  }
  return line;
}

std::string leader_posts_text(const Staffing& staffing) {
  std::string line;
  for (const LeaderPost& post : staffing.leaders) append_part(&line, post.title, post.count);
  return line;
}

}  // namespace dutyatlas
