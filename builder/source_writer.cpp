// Writing a Dataset as a source folder (see source_writer.h).
#include "builder/source_writer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "core/base/text.h"

namespace dutyatlas::builder {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;  // fields in the order docs/source-format.md gives them

void write_text_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), std::streamsize(text.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

void make_folder(const fs::path& path) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error || !fs::is_directory(path)) {
    throw std::runtime_error("cannot create folder " + path.string() +
                             (error ? ": " + error.message() : std::string()));
  }
}

void write_json_file(const fs::path& path, const Json& json) {
  write_text_file(path, json.dump(2, ' ', false) + "\n");
}

// "0001.json": numbered so that name order is Dataset order.
std::string numbered_name(std::size_t index, std::size_t count) {
  std::size_t width = std::max<std::size_t>(4, std::to_string(count).size());
  std::string number = std::to_string(index + 1);
  return std::string(width - number.size(), '0') + number + ".json";
}

// Each item as a numbered JSON file of `folder`; no folder when there are no items.
template <typename Item>
void write_numbered_files(const fs::path& folder, const std::vector<Item>& items,
                          Json (*to_json)(const Item&)) {
  if (items.empty()) return;
  make_folder(folder);
  for (std::size_t i = 0; i < items.size(); ++i) {
    write_json_file(folder / numbered_name(i, items.size()), to_json(items[i]));
  }
}

void put_if(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

// A CSV file being assembled: rows of cells, CRLF line ends.
class CsvText {
 public:
  explicit CsvText(const std::vector<std::string>& header) { row(header); }
  void row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) text_ += ',';
      text_ += csv_cell(cells[i]);
    }
    text_ += "\r\n";
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// Names bodies in list cells as the reader looks them up: by name.
class BodyNames {
 public:
  explicit BodyNames(const Dataset& dataset) {
    for (const Body& b : dataset.bodies) name_of_.emplace(b.id, b.name.empty() ? b.id : b.name);
  }
  std::string name(const std::string& id) const {
    auto it = name_of_.find(id);
    return it == name_of_.end() ? id : it->second;
  }
  std::string names(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : "、") + name(id);
    return out;
  }

 private:
  std::map<std::string, std::string> name_of_;
};

Json dataset_json(const Dataset& d) {
  Json j;
  j["name"] = d.name;
  j["title"] = d.title;
  j["sample"] = d.sample;
  j["data_date"] = d.data_date;
  j["division_code"] = d.division_code;
  j["csv_encoding"] = "utf-8";
  if (!d.lists_published.empty()) j["lists_published"] = d.lists_published;
  return j;
}

Json contact_json(const Contact& c) {
  Json j;
  if (!c.phones.empty()) {
    Json phones = Json::array();
    for (const ContactPhone& p : c.phones) {
      Json phone;
      phone["label"] = p.label;
      phone["number"] = p.number;
      phones.push_back(std::move(phone));
    }
    j["phones"] = std::move(phones);
  }
  put_if(j, "address", c.address);
  put_if(j, "hours", c.hours);
  put_if(j, "website", c.website);
  put_if(j, "service_hall", c.service_hall);
  return j;
}

Json bodies_json(const Dataset& d) {
  std::map<std::string, const Contact*> contact_of;
  for (const Contact& c : d.contacts) contact_of.emplace(c.body_id, &c);
  Json list = Json::array();
  for (const Body& b : d.bodies) {
    Json j;
    j["id"] = b.id;
    j["name"] = b.name;
    if (b.short_name != b.name) put_if(j, "short_name", b.short_name);
    j["category"] = b.category;
    put_if(j, "rank", b.rank);
    put_if(j, "parent", b.parent_id);
    j["uscc"] = b.uscc;
    j["division_code"] = b.division_code;
    put_if(j, "host", b.host_id);
    put_if(j, "institution_class", b.institution_class);
    auto contact = contact_of.find(b.id);
    if (contact != contact_of.end()) j["contact"] = contact_json(*contact->second);
    list.push_back(std::move(j));
  }
  Json root;
  root["bodies"] = std::move(list);
  return root;
}

std::string powers_csv(const Dataset& d, const BodyNames& bodies) {
  std::set<std::string> extra_columns;
  for (const PowerItem& p : d.powers) {
    for (const auto& [column, value] : p.extra) extra_columns.insert(column);
  }
  std::vector<std::string> header = {"事项编码", "事项名称", "子项名称", "事项类型", "实施主体",
                                     "实施依据", "责任主体", "服务单位", "办理时限", "收费依据"};
  header.insert(header.end(), extra_columns.begin(), extra_columns.end());
  CsvText csv(header);
  for (const PowerItem& p : d.powers) {
    std::string responsible =
        p.responsible_body_id.empty() ? std::string() : bodies.name(p.responsible_body_id);
    std::vector<std::string> row = {
        p.code,  p.name,      p.sub_name,     p.type,       bodies.name(p.body_id),
        p.basis, responsible, p.service_unit, p.time_limit, p.fee_basis};
    for (const auto& column : extra_columns) {
      auto it = p.extra.find(column);
      row.push_back(it == p.extra.end() ? std::string() : it->second);
    }
    csv.row(row);
  }
  return csv.text();
}

std::string responsibilities_csv(const Dataset& d, const BodyNames& bodies) {
  CsvText csv({"事项编码", "环节", "责任事项", "追责情形", "责任主体"});
  for (const ResponsibilityItem& r : d.responsibilities) {
    csv.row({r.power_code, r.stage, r.duty, r.accountability,
             r.body_id.empty() ? std::string() : bodies.name(r.body_id)});
  }
  return csv.text();
}

std::string tasks_csv(const TaskList& list, const BodyNames& bodies) {
  CsvText csv({"序号", "责任单位", "职责任务", "依据"});
  for (const TaskItem& t : list.items) {
    csv.row({std::to_string(t.number), bodies.names(t.body_ids), t.task, t.basis});
  }
  return csv.text();
}

std::string division_csv(const Dataset& d, const BodyNames& bodies) {
  CsvText csv({"编号", "分组", "事项", "环节", "牵头单位", "配合单位", "依据"});
  for (const DivisionMatter& m : d.division_matters) {
    for (const DivisionStage& s : m.stages) {
      csv.row({m.code, m.group, m.name, s.stage, bodies.names(s.lead_body_ids),
               bodies.names(s.cooperating_body_ids), s.basis});
    }
  }
  return csv.text();
}

std::string keyword_kind(KeywordTarget kind) {
  switch (kind) {
    case KeywordTarget::kDuty:
      return "职责";
    case KeywordTarget::kMatter:
      return "分工事项";
    case KeywordTarget::kPower:
      return "权力事项";
  }
  return "";
}

std::string keywords_csv(const Dataset& d) {
  CsvText csv({"关键词", "类型", "对象"});
  for (const Keyword& k : d.keywords) csv.row({k.word, keyword_kind(k.target_kind), k.target});
  return csv.text();
}

std::string synonyms_csv(const Dataset& d) {
  CsvText csv({"词", "同义词"});
  for (const SynonymGroup& g : d.synonyms) csv.row({g.word, join(g.alternatives, "、")});
  return csv.text();
}

}  // namespace

Json document_json(const Document& d) {
  Json j;
  j["doc_no"] = d.doc_no;
  j["title"] = d.title;
  j["issuer"] = d.issuer;
  j["kind"] = d.kind;
  j["issued"] = d.issued;
  j["effective"] = d.effective;
  put_if(j, "text", d.text);
  if (!d.changes.empty()) {
    Json changes = Json::array();
    for (const DutyChange& c : d.changes) {
      Json change;
      change["action"] = std::string(change_action_code(c.action));
      change["body"] = c.body_id;
      change["clause"] = c.clause_key;
      if (c.action == ChangeAction::kTransfer) {
        change["to"] = c.to_body_id;
        change["as"] = c.as_key;
      }
      put_if(change, "text", c.text);
      changes.push_back(std::move(change));
    }
    j["changes"] = std::move(changes);
  }
  return j;
}

Json sanding_json(const Sanding& s) {
  Json j;
  j["body"] = s.body_id;
  j["document"] = s.doc_no;
  j["setup"] = s.setup;
  j["duties"] = s.duties;
  if (!s.transformation.empty()) j["transformation"] = s.transformation;
  if (!s.divisions.empty()) {
    Json divisions = Json::array();
    for (const auto& division : s.divisions) {
      Json item;
      item["name"] = division.name;
      item["duties"] = division.duties;
      divisions.push_back(std::move(item));
    }
    j["divisions"] = std::move(divisions);
  }
  const Staffing& staffing = s.staffing;
  if (staffing.administrative >= 0 || staffing.career >= 0 || staffing.service >= 0 ||
      !staffing.leaders.empty()) {
    Json item = Json::object();
    if (staffing.administrative >= 0) item["administrative"] = staffing.administrative;
    if (staffing.career >= 0) item["career"] = staffing.career;
    if (staffing.service >= 0) item["service"] = staffing.service;
    if (!staffing.leaders.empty()) {
      Json leaders = Json::array();
      for (const auto& leader : staffing.leaders) {
        Json post;
        post["title"] = leader.title;
        post["count"] = leader.count;
        leaders.push_back(std::move(post));
      }
      item["leaders"] = std::move(leaders);
    }
    j["staffing"] = std::move(item);
  }
  if (!s.boundaries.empty()) {
    Json boundaries = Json::array();
    for (const auto& boundary : s.boundaries) {
      Json item;
      item["with"] = boundary.with_body_ids;
      item["text"] = boundary.text;
      boundaries.push_back(std::move(item));
    }
    j["boundaries"] = std::move(boundaries);
  }
  return j;
}

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void write_source_folder(const Dataset& dataset, const std::string& dir) {
  const fs::path root(dir);
  make_folder(root);
  write_json_file(root / "dataset.json", dataset_json(dataset));
  write_json_file(root / "bodies.json", bodies_json(dataset));

  write_numbered_files(root / "documents", dataset.documents, document_json);
  write_numbered_files(root / "sanding", dataset.sandings, sanding_json);

  BodyNames bodies(dataset);
  const fs::path lists = root / "lists";
  if (!dataset.powers.empty() || !dataset.responsibilities.empty() || !dataset.task_lists.empty() ||
      !dataset.division_matters.empty()) {
    make_folder(lists);
  }
  if (!dataset.powers.empty()) write_text_file(lists / "powers.csv", powers_csv(dataset, bodies));
  if (!dataset.responsibilities.empty()) {
    write_text_file(lists / "responsibilities.csv", responsibilities_csv(dataset, bodies));
  }
  if (!dataset.task_lists.empty()) {
    Json declared = Json::array();
    for (const TaskList& list : dataset.task_lists) {
      std::string file = "tasks-" + list.id + ".csv";
      Json item;
      item["id"] = list.id;
      item["name"] = list.name;
      item["file"] = file;
      if (!list.published.empty()) item["published"] = list.published;
      declared.push_back(std::move(item));
      write_text_file(lists / file, tasks_csv(list, bodies));
    }
    write_json_file(lists / "tasks.json", declared);
  }
  if (!dataset.division_matters.empty()) {
    write_text_file(lists / "division.csv", division_csv(dataset, bodies));
  }
  if (!dataset.keywords.empty()) write_text_file(root / "keywords.csv", keywords_csv(dataset));
  if (!dataset.synonyms.empty()) write_text_file(root / "synonyms.csv", synonyms_csv(dataset));
}

}  // namespace dutyatlas::builder
