// The kinds of change, as data (see diff_counts.h), and the total they add up to.
#include "core/diff/diff_counts.h"

namespace dutyatlas {
namespace {

// The counts of one of the four lists (权力清单 …), a ListDiff member of PublicationDiff.
template <ListDiff PublicationDiff::*list>
std::vector<ChangeCount> list_counts() {
  return {{"added", "新增", [](const PublicationDiff& d) { return (d.*list).added.size(); }},
          {"removed", "删除", [](const PublicationDiff& d) { return (d.*list).removed.size(); }},
          {"changed", "变更", [](const PublicationDiff& d) { return (d.*list).changed.size(); }}};
}

}  // namespace

std::size_t ChangeSection::total(const PublicationDiff& diff) const {
  std::size_t n = 0;
  for (const ChangeCount& c : counts) n += c.count(diff);
  return n;
}

const std::vector<ChangeSection>& change_sections() {
  using D = const PublicationDiff&;
  static const std::vector<ChangeSection> sections = {
      {"dataset", "基本信息", {{nullptr, "变更", [](D d) { return d.dataset.size(); }}}},
      {"bodies", "机构",
       {{"added", "新增", [](D d) { return d.bodies_added.size(); }},
        {"removed", "撤销", [](D d) { return d.bodies_removed.size(); }},
        {"renamed", "更名", [](D d) { return d.bodies_renamed.size(); }},
        {"moved", "调整类别", [](D d) { return d.bodies_moved.size(); }},
        {"changed", "其他变更", [](D d) { return d.bodies_changed.size(); }}}},
      {"clauses", "主要职责",
       {{"added", "新增", [](D d) { return d.clauses_added.size(); }},
        {"removed", "删除", [](D d) { return d.clauses_removed.size(); }},
        {"reworded", "修改", [](D d) { return d.clauses_reworded.size(); }},
        {"transferred", "划转", [](D d) { return d.clauses_transferred.size(); }}}},
      {"sandings", "三定规定",
       {{"added", "新增", [](D d) { return d.sandings_added.size(); }},
        {"removed", "删除", [](D d) { return d.sandings_removed.size(); }},
        {"changed", "变更", [](D d) { return d.sandings_changed.size(); }}}},
      {"documents", "文件",
       {{"added", "新增", [](D d) { return d.documents_added.size(); }},
        {"removed", "删除", [](D d) { return d.documents_removed.size(); }},
        {"changed", "变更", [](D d) { return d.documents_changed.size(); }}}},
      {"powers", "权力清单", list_counts<&PublicationDiff::powers>()},
      {"responsibilities", "责任清单", list_counts<&PublicationDiff::responsibilities>()},
      {"tasks", "职责任务清单", list_counts<&PublicationDiff::tasks>()},
      {"division_matters", "职责分工清单", list_counts<&PublicationDiff::division_matters>()},
      {"keywords", "关键词",
       {{"added", "新增", [](D d) { return d.keywords.added.size(); }},
        {"removed", "删除", [](D d) { return d.keywords.removed.size(); }},
        {"changed", "修改", [](D d) { return d.keywords.changed.size(); }}}},
      {"synonyms", "同义词",
       {{"added", "新增", [](D d) { return d.synonyms.added.size(); }},
        {"removed", "删除", [](D d) { return d.synonyms.removed.size(); }},
        {"changed", "修改", [](D d) { return d.synonyms.changed.size(); }}}},
  };
  return sections;
}

int PublicationDiff::total() const {
  std::size_t n = 0;
  for (const ChangeSection& section : change_sections()) n += section.total(*this);
  return int(n);
}

}  // namespace dutyatlas
