// The change report in Chinese for publishers (diff_to_text, see publication_diff.h): a count
// line per section that changed (from the table of diff_counts.h); then, in a full report, the
// changes of each body (its fields, 主要职责 and 三定) under its name, and a line per item of
// each other section (documents, lists, keywords …) under the section's heading.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/base/text.h"
#include "core/bundle/model.h"
#include "core/diff/diff_counts.h"
#include "core/diff/diff_values.h"
#include "core/diff/publication_diff.h"

namespace dutyatlas {
namespace {

// ---------------------------------------------------------------------------------------------
// Words

using Labels = std::map<std::string, std::string>;

const Labels& body_field_labels() {
  static const Labels l = {{"rank", "规格"},         {"parent_id", "所属机构"},
                           {"uscc", "统一社会信用代码"}, {"division_code", "行政区划代码"},
                           {"host_id", "办事机构所在单位"}, {"institution_class", "事业单位类别"},
                           {"phones", "联系电话"},     {"address", "办公地址"},
                           {"hours", "办公时间"},      {"website", "网站"},
                           {"service_hall", "办事地点"}};
  return l;
}
const Labels& sanding_field_labels() {
  static const Labels l = {{"effective", "施行日期"},
                           {"setup", "机构设置"},
                           {"staffing_administrative", "行政编制"},
                           {"staffing_career", "事业编制"},
                           {"staffing_service", "工勤编制"},
                           {"leaders", "领导职数"}};
  return l;
}
const Labels& document_field_labels() {
  static const Labels l = {{"title", "标题"},         {"issuer", "发文机关"}, {"kind", "类型"},
                           {"issued", "印发日期"},    {"effective", "生效日期"},
                           {"text", "正文"},          {"changes", "职责变动"}};
  return l;
}
const Labels& power_field_labels() {
  static const Labels l = {{"name", "事项名称"},       {"sub_name", "子项名称"},
                           {"type", "事项类型"},       {"body_id", "实施主体"},
                           {"basis", "实施依据"},      {"responsible_body_id", "责任主体"},
                           {"service_unit", "服务单位"}, {"time_limit", "办理时限"},
                           {"fee_basis", "收费依据"},  {"extra", "其他列"}};
  return l;
}
const Labels& responsibility_field_labels() {
  static const Labels l = {{"accountability", "追责情形"}, {"body_id", "责任主体"}};
  return l;
}
const Labels& task_field_labels() {
  static const Labels l = {{"task", "职责任务"}, {"basis", "依据"}, {"body_ids", "责任单位"},
                           {"list_name", "清单名称"}};
  return l;
}
const Labels& matter_field_labels() {
  static const Labels l = {{"group", "分组"},          {"name", "事项"},
                           {"stages", "环节"},         {"lead_bodies", "牵头单位"},
                           {"cooperating_bodies", "配合单位"}, {"basis", "依据"}};
  return l;
}
const Labels& dataset_field_labels() {
  static const Labels l = {{"name", "名称"},           {"title", "标题"},
                           {"data_date", "数据日期"},  {"division_code", "行政区划代码"},
                           {"sample", "示例数据"}};
  return l;
}

// A 三定 field named by position ("division/3/duty/2") in words: 第3个内设机构职责第2条.
std::string positional_label(const std::string& field) {
  std::vector<std::string> p;
  for (std::size_t from = 0;;) {
    std::size_t slash = field.find('/', from);
    p.push_back(field.substr(from, slash - from));
    if (slash == std::string::npos) break;
    from = slash + 1;
  }
  if (p.size() == 2 && p[0] == "duty") return "主要职责 #" + p[1];
  if (p.size() == 2 && p[0] == "transformation") return "职能转变第" + p[1] + "段";
  if (p.size() == 2 && p[0] == "division") return "第" + p[1] + "个内设机构";
  if (p.size() == 4 && p[0] == "division") return "第" + p[1] + "个内设机构职责第" + p[3] + "条";
  if (p.size() == 2 && p[0] == "boundary") return "职责分工第" + p[1] + "条";
  if (p.size() == 3 && p[0] == "boundary") return "职责分工第" + p[1] + "条涉及机构";
  return field;
}

std::string field_label(const std::string& field, const Labels& labels) {
  auto it = labels.find(field);
  return it == labels.end() ? positional_label(field) : it->second;
}

std::string display_name(const std::string& name, const std::string& short_name) {
  return short_name.empty() ? name : short_name;
}

// Body id → the name the report calls it by (short name, else name).
using BodyNames = std::map<std::string, std::string>;

BodyNames body_names(const PublicationDiff& d) {
  BodyNames names;
  for (const DiffBody& b : d.body_order) names.emplace(b.id, display_name(b.name, b.short_name));
  return names;
}

// The fields whose values are body ids (one, or several joined with 、 and line breaks).
bool holds_body_ids(const std::string& field) {
  static const std::set<std::string> fields = {"parent_id",  "host_id",     "body_id",           "responsible_body_id",
                                               "body_ids",   "lead_bodies", "cooperating_bodies"};
  return fields.count(field) > 0 || (field.size() > 7 && field.compare(field.size() - 7, 7, "/bodies") == 0);
}

// `value` with each body id in it replaced by the body's name: a publisher knows 区生态环境局,
// not sthjj.
std::string with_body_names(const std::string& value, const BodyNames& names) {
  std::string out, token;
  auto flush = [&] {
    auto it = names.find(token);
    out += it == names.end() ? token : it->second;
    token.clear();
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\n' || value.compare(i, 3, "、") == 0) {
      flush();
      const std::size_t n = value[i] == '\n' ? 1 : 3;
      out += value.substr(i, n);
      i += n - 1;
    } else {
      token += value[i];
    }
  }
  flush();
  return out;
}

// A line per changed field, under the item's line: "      行政编制：18 → 25".
void field_lines(const std::vector<FieldChange>& changes, const Labels& labels, const BodyNames& names,
                 std::string* out, const char* indent = "      ") {
  for (const FieldChange& c : changes) {
    const bool ids = holds_body_ids(c.field);
    *out += indent + field_label(c.field, labels) + "：" +
            before_after(ids ? with_body_names(c.old_value, names) : c.old_value,
                         ids ? with_body_names(c.new_value, names) : c.new_value) +
            "\n";
  }
}

std::string category_name(const std::string& code) {
  const BodyCategory* c = find_body_category(code);
  return c ? std::string(c->name) : code;
}

const char* keyword_kind_name(const std::string& kind) {
  if (kind == "duty") return "职责";
  if (kind == "matter") return "分工事项";
  if (kind == "power") return "权力事项";
  return "其他";
}

std::string dataset_value(const std::string& field, const std::string& value) {
  if (field == "sample") return value == "true" ? "是" : "否";
  return value.empty() ? "（空）" : value;
}

// "机构：新增 2，撤销 1，更名 1": the section's counts that are not zero.
std::string count_line(const ChangeSection& section, const PublicationDiff& d) {
  std::vector<std::string> said;
  for (const ChangeCount& c : section.counts) {
    if (std::size_t n = c.count(d); n > 0) said.push_back(std::string(c.word) + " " + std::to_string(n));
  }
  return std::string(section.heading) + "：" + join(said, "，") + "\n";
}

using Out = std::string*;

void dataset_lines(const PublicationDiff& d, Out out) {
  for (const auto& f : d.dataset) {
    *out += "  ~ " + dataset_field_labels().at(f.field) + "：" + dataset_value(f.field, f.old_value) +
            " → " + dataset_value(f.field, f.new_value) + "\n";
  }
}

// ---------------------------------------------------------------------------------------------
// The changes of each body together: its own fields, its 主要职责, its 三定

// Body id → its lines, in the order they are added (the kinds in report order).
using BodyLines = std::map<std::string, std::string>;

void body_record_lines(const PublicationDiff& d, BodyLines* lines) {
  for (const auto& b : d.bodies_added) (*lines)[b.id] += "  + 新增机构：" + b.name + "\n";
  for (const auto& b : d.bodies_removed) (*lines)[b.id] += "  - 撤销机构：" + b.name + "\n";
  for (const auto& r : d.bodies_renamed) {
    std::string& out = (*lines)[r.id];
    if (r.old_name != r.new_name) out += "  ~ 名称：" + r.old_name + " → " + r.new_name + "\n";
    if (r.old_short_name != r.new_short_name) {
      out += "  ~ 简称：" + shown_value(r.old_short_name) + " → " + shown_value(r.new_short_name) + "\n";
    }
  }
  for (const auto& m : d.bodies_moved) {
    (*lines)[m.id] += "  ~ 类别：" + category_name(m.old_category) + " → " + category_name(m.new_category) + "\n";
  }
  const BodyNames names = body_names(d);
  for (const auto& c : d.bodies_changed) field_lines(c.changes, body_field_labels(), names, &(*lines)[c.id], "  ~ ");
}

void body_clause_lines(const PublicationDiff& d, BodyLines* lines) {
  auto clause = [](const std::string& key) { return "主要职责 #" + key + "："; };
  for (const auto& c : d.clauses_added) (*lines)[c.body_id] += "  + " + clause(c.key) + shorten(c.text, kDiffShownChars) + "\n";
  for (const auto& c : d.clauses_removed) (*lines)[c.body_id] += "  - " + clause(c.key) + shorten(c.text, kDiffShownChars) + "\n";
  for (const auto& c : d.clauses_reworded) {
    (*lines)[c.body_id] += "  ~ " + clause(c.key) + before_after(c.old_text, c.new_text) + "\n";
  }
  // With its text under the body it left; named under the body it went to, whose reader looks
  // there.
  for (const auto& t : d.clauses_transferred) {
    (*lines)[t.from_body_id] +=
        "  → 主要职责 #" + t.from_key + " 划转至 " + t.to_body_name + " #" + t.to_key + "：" +
        (t.old_text == t.new_text ? shorten(t.new_text, kDiffShownChars) : before_after(t.old_text, t.new_text)) + "\n";
    (*lines)[t.to_body_id] += "  ← 主要职责 #" + t.to_key + " 由 " + t.from_body_name + " #" + t.from_key + " 划入\n";
  }
}

void body_sanding_lines(const PublicationDiff& d, BodyLines* lines) {
  const BodyNames names = body_names(d);
  auto sanding = [](const DiffSanding& s) { return "三定 " + s.doc_no + "（" + s.effective + " 起施行）\n"; };
  for (const auto& s : d.sandings_added) (*lines)[s.body_id] += "  + " + sanding(s);
  for (const auto& s : d.sandings_removed) (*lines)[s.body_id] += "  - " + sanding(s);
  for (const auto& s : d.sandings_changed) {
    std::string& out = (*lines)[s.body_id];
    out += "  ~ 三定 " + s.doc_no + "\n";
    field_lines(s.changes, sanding_field_labels(), names, &out);
  }
}

// A heading per body that changed ("区生态环境局 (sthjj)"), in display order, each followed by
// its changes: the body's own fields, then its 主要职责, then its 三定.
void body_blocks(const PublicationDiff& d, Out out) {
  BodyLines lines;
  body_record_lines(d, &lines);
  body_clause_lines(d, &lines);
  body_sanding_lines(d, &lines);
  for (const DiffBody& b : d.body_order) {
    auto it = lines.find(b.id);
    if (it == lines.end()) continue;
    *out += display_name(b.name, b.short_name) + " (" + b.id + ")\n" + it->second;
  }
}

// ---------------------------------------------------------------------------------------------
// A line per item of the other sections

void document_lines(const PublicationDiff& d, Out out) {
  const BodyNames names = body_names(d);
  for (const auto& doc : d.documents_added) *out += "  + " + doc.doc_no + " " + shorten(doc.title, kDiffShownChars) + "\n";
  for (const auto& doc : d.documents_removed) *out += "  - " + doc.doc_no + " " + shorten(doc.title, kDiffShownChars) + "\n";
  for (const auto& doc : d.documents_changed) {
    *out += "  ~ " + doc.doc_no + " " + shorten(doc.title, kDiffShownChars) + "\n";
    field_lines(doc.changes, document_field_labels(), names, out);
  }
}

void list_lines(const ListDiff& d, const Labels& labels, const BodyNames& names, Out out) {
  for (const auto& i : d.added) *out += "  + " + shorten(i.label, kDiffShownChars) + "\n";
  for (const auto& i : d.removed) *out += "  - " + shorten(i.label, kDiffShownChars) + "\n";
  for (const auto& i : d.changed) {
    *out += "  ~ " + shorten(i.label, kDiffShownChars) + "\n";
    field_lines(i.changes, labels, names, out);
  }
}

void keyword_lines(const PublicationDiff& d, Out out) {
  const BodyNames names = body_names(d);
  auto keyword = [&](const DiffKeyword& k) {
    std::string target = k.target;  // a duty is "body#clause key": the body by its name
    const std::size_t hash = target.find('#');
    auto body = k.kind == "duty" && hash != std::string::npos ? names.find(target.substr(0, hash)) : names.end();
    if (body != names.end()) target = body->second + " #" + target.substr(hash + 1);
    return k.word + "（" + keyword_kind_name(k.kind) + " " + target + "）";
  };
  for (const auto& k : d.keywords.added) *out += "  + " + keyword(k) + "\n";
  for (const auto& k : d.keywords.removed) *out += "  - " + keyword(k) + "\n";
  for (const auto& c : d.keywords.changed) {
    *out += "  ~ " + keyword(c.old_keyword) + " → " + keyword(c.new_keyword) + "\n";
  }
}

void synonym_lines(const PublicationDiff& d, Out out) {
  auto pair = [](const DiffSynonym& s) { return s.word + " = " + s.alternative; };
  for (const auto& s : d.synonyms.added) *out += "  + " + pair(s) + "\n";
  for (const auto& s : d.synonyms.removed) *out += "  - " + pair(s) + "\n";
  for (const auto& c : d.synonyms.changed) *out += "  ~ " + pair(c.old_synonym) + " → " + pair(c.new_synonym) + "\n";
}

// The sections whose changes body_blocks reports, body by body.
bool reported_by_body(const ChangeSection& section) {
  const std::string id = section.id;
  return id == "bodies" || id == "clauses" || id == "sandings";
}

// The item lines of a section not reported by body (a ChangeSection::id).
void item_lines(const std::string& id, const PublicationDiff& d, Out out) {
  using Writer = void (*)(const PublicationDiff&, Out);
  static const std::map<std::string, Writer> writers = {
      {"dataset", dataset_lines},
      {"documents", document_lines},
      {"powers", [](const PublicationDiff& d, Out out) { list_lines(d.powers, power_field_labels(), body_names(d), out); }},
      {"responsibilities",
       [](const PublicationDiff& d, Out out) { list_lines(d.responsibilities, responsibility_field_labels(), body_names(d), out); }},
      {"tasks", [](const PublicationDiff& d, Out out) { list_lines(d.tasks, task_field_labels(), body_names(d), out); }},
      {"division_matters",
       [](const PublicationDiff& d, Out out) { list_lines(d.division_matters, matter_field_labels(), body_names(d), out); }},
      {"keywords", keyword_lines},
      {"synonyms", synonym_lines},
  };
  writers.at(id)(d, out);  // every section of change_sections() has its writer
}

}  // namespace

std::string diff_to_text(const PublicationDiff& d, DiffDetail detail) {
  std::string out;
  if (detail == DiffDetail::kFull) {
    out += "旧发布：" + d.old_info.title + "（数据日期 " + d.old_info.data_date + "）\n";
    out += "新发布：" + d.new_info.title + "（数据日期 " + d.new_info.data_date + "）\n";
  }
  if (d.empty()) return out + "两次发布内容相同。\n";
  bool any_body = false;
  for (const ChangeSection& section : change_sections()) {
    if (section.total(d) == 0) continue;
    out += count_line(section, d);
    any_body = any_body || reported_by_body(section);
  }
  if (detail == DiffDetail::kCounts) return out;
  // The details: body by body, then each other section under its heading.
  if (any_body) {
    out += "\n";
    body_blocks(d, &out);
  }
  for (const ChangeSection& section : change_sections()) {
    if (section.total(d) == 0 || reported_by_body(section)) continue;
    out += "\n" + std::string(section.heading) + "\n";
    item_lines(section.id, d, &out);
  }
  return out;
}

}  // namespace dutyatlas
