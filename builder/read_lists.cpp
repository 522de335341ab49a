// The CSV lists (powers, responsibilities, task lists, division of duties), keywords and
// synonyms (docs/source-format.md, "CSV lists"). Each row is checked on its own; a bad row is
// reported with its line, column and column name, and left out.
#include <filesystem>
#include <set>

#include "builder/source_context.h"
#include "builder/source_file.h"
#include "builder/text_rules.h"
#include "builder/xlsx_reader.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

bool is_workbook(const std::string& name) {
  return name.size() > 5 && name.compare(name.size() - 5, 5, ".xlsx") == 0;
}

// The file of a list kept at `stem`: stem.xlsx if the publisher keeps it as a workbook, else
// stem.csv (which need not exist: lists are optional).
std::string list_file_name(const SourceContext& context, const std::string& stem) {
  return source_file_exists(context.dir, stem + ".xlsx") ? stem + ".xlsx" : stem + ".csv";
}

// A CSV file of the source folder with its columns looked up by name.
class ListFile {
 public:
  // Reads `name` if it exists (lists are optional); ok() is false if it does not or is unusable.
  // `name` is a .csv or an .xlsx file (list_file_name picks one for a list).
  ListFile(SourceContext& context, const std::string& name,
           std::vector<std::string> required_columns)
      : context_(context) {
    if (!source_file_exists(context.dir, name)) return;
    if (is_workbook(name)) {
      std::string csv = name.substr(0, name.size() - 5) + ".csv";
      if (source_file_exists(context.dir, csv)) {
        context.diagnostics->error({{}, name, 0, 0, "", "both " + csv + " and " + name + " hold this list",
                                    "keep one of the two: the builder will not guess which is current"});
        return;
      }
      auto sheets = context.xlsx_sheets.find(name);
      XlsxListOptions options;
      if (sheets != context.xlsx_sheets.end()) options.sheets = sheets->second;
      options.required_columns = required_columns;
      table_ = read_xlsx(context.dir, name, options, context.diagnostics);
    } else {
      table_ = read_csv(context.dir, name, context.csv_encoding, context.diagnostics);
    }
    if (!table_) return;
    // An invisible character in a column name would read as "required column is missing".
    for (const std::string& column : table_->header) {
      if (auto invisible = invisible_character(column)) {
        context.diagnostics->error(table_->at_header(0, column, "the column name contains " + *invisible,
                                                     "delete it: the name must be exactly as in docs/source-format.md"));
        table_.reset();
        return;
      }
    }
    for (const auto& column : required_columns) {
      if (table_->column_of(column) < 0) {
        context.diagnostics->error(table_->at_header(0, column, "required column is missing",
                                                     "the first row must name the columns; see docs/source-format.md"));
        table_.reset();
        return;
      }
    }
    // The normalisation rules (text_rules.h) for every cell; outer spaces read_csv trimmed.
    for (const ListRow& row : table_->rows) {
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (auto invisible = invisible_character(row.cells[i].text)) {
          context.diagnostics->error(table_->at(row, row.cells[i], table_->header[i], "contains " + *invisible,
                                                "delete it: a reader cannot see it, and searches miss the text"));
        }
      }
    }
  }

  // A code (事项编码, 编号): full-width digits or letters would make a second item beside the
  // half-width one. Reported; false if it has any.
  bool code_is_half_width(const ListRow& row, const std::string& column) const {
    auto fullwidth = fullwidth_character(text(row, column));
    if (fullwidth) error(row, column, "contains " + *fullwidth, "type codes with half-width digits and letters");
    return !fullwidth;
  }

  bool ok() const { return table_.has_value(); }
  const std::vector<ListRow>& rows() const { return table_->rows; }
  const std::vector<std::string>& header() const { return table_->header; }

  // The cell of `column` in `row` (an empty cell where the file has no such column).
  const ListCell& cell(const ListRow& row, const std::string& column) const {
    static const ListCell kEmpty;
    int index = table_->column_of(column);
    return index < 0 ? kEmpty : row.cells[std::size_t(index)];
  }
  const std::string& text(const ListRow& row, const std::string& column) const {
    return cell(row, column).text;
  }

  void error(const ListRow& row, const std::string& column, std::string message,
             std::string hint = {}) const {
    context_.diagnostics->error(table_->at(row, cell(row, column), column, std::move(message), std::move(hint)));
  }

  // A required cell: reports it when empty.
  const std::string& required(const ListRow& row, const std::string& column) const {
    const std::string& value = text(row, column);
    if (value.empty()) error(row, column, "must not be empty");
    return value;
  }

  // The id of the body a cell names; "" after reporting if it names none.
  // Without a usable bodies.json (already reported) names cannot be checked: the name is kept
  // so the row is, and later checks do not report errors that are only its consequence.
  std::string body(const ListRow& row, const std::string& column, const std::string& name) const {
    if (!context_.bodies_read) return name;
    std::string id = context_.body_named(name);
    if (id.empty() && context_.bodies_read) {
      error(row, column, "no body is named \"" + name + "\"",
            "use a body's name, short name or id from bodies.json");
    }
    return id;
  }

  // An optional cell naming a body: *id is its id ("" if the cell is empty). False, after
  // reporting, if the cell names no body.
  bool optional_body(const ListRow& row, const std::string& column, std::string* id) const {
    const std::string& name = text(row, column);
    if (name.empty()) return true;
    *id = body(row, column, name);
    return !id->empty();
  }

  // All bodies a cell names (separated by 、); unknown ones are reported and left out.
  std::vector<std::string> bodies(const ListRow& row, const std::string& column) const {
    std::vector<std::string> ids;
    for (const auto& name : split_list_cell(text(row, column))) {
      std::string id = body(row, column, name);
      if (!id.empty()) ids.push_back(id);
    }
    return ids;
  }

  // Where a row is, for a message about another row: "line 12", or "权力清单!row 12".
  static std::string place_of(const ListRow& row) {
    return row.sheet.empty() ? "line " + std::to_string(row.line) : row.sheet + "!row " + std::to_string(row.line);
  }

 private:
  SourceContext& context_;
  std::optional<ListTable> table_;
};

// References from the rows of one file into another file that has errors: a row naming a
// power the broken powers.csv lost is a consequence, not a mistake of its own. Counted, and
// reported once: "212 rows of lists/responsibilities.csv refer to lists/powers.csv, which has
// errors".
class FollowOns {
 public:
  FollowOns(SourceContext& context, std::string from, std::string into)
      : context_(context), from_(std::move(from)), into_(std::move(into)),
        into_failed_(context.diagnostics->errors_in(into_) > 0) {}
  // True, and counted, if a reference that leads nowhere is to be left unreported.
  bool absorbed() {
    if (into_failed_) ++count_;
    return into_failed_;
  }
  void report() const {
    if (count_ == 0) return;
    context_.diagnostics->error({{}, from_, 0, 0, "",
                                 std::to_string(count_) + (count_ == 1 ? " row of " : " rows of ") +
                                     from_ + (count_ == 1 ? " refers to " : " refer to ") + into_ +
                                     ", which has errors",
                                 "fix " + into_ + " first; these rows are checked again then"});
  }

 private:
  SourceContext& context_;
  std::string from_, into_;
  bool into_failed_;
  int count_ = 0;
};

bool is_whole_number(const std::string& s) {
  return !s.empty() && s.size() < 9 &&
         s.find_first_not_of("0123456789") == std::string::npos;
}

std::string power_type_list() {
  std::string out;
  for (auto type : power_item_types()) out += (out.empty() ? "" : "、") + std::string(type);
  return out;
}

void read_powers(SourceContext& context) {
  ListFile file(context, list_file_name(context, "lists/powers"), {"事项编码", "事项名称", "事项类型", "实施主体"});
  if (!file.ok()) return;
  static const std::set<std::string> kKnown = {"事项编码", "事项名称", "子项名称", "事项类型",
                                               "实施主体", "实施依据", "责任主体", "服务单位",
                                               "办理时限", "收费依据"};
  std::map<std::string, std::string> place_of_code;
  for (const ListRow& row : file.rows()) {
    PowerItem p;
    p.code = file.required(row, "事项编码");
    p.name = file.required(row, "事项名称");
    p.type = file.required(row, "事项类型");
    p.sub_name = file.text(row, "子项名称");
    p.basis = file.text(row, "实施依据");
    p.service_unit = file.text(row, "服务单位");
    p.time_limit = file.text(row, "办理时限");
    p.fee_basis = file.text(row, "收费依据");
    bool ok = !p.code.empty() && !p.name.empty() && !p.type.empty() && file.code_is_half_width(row, "事项编码");
    if (!p.type.empty()) {
      bool known = false;
      for (auto type : power_item_types()) known = known || type == p.type;
      if (!known) {
        file.error(row, "事项类型", "unknown type \"" + p.type + "\"", "use one of " + power_type_list());
        ok = false;
      }
    }
    const std::string& implementer = file.required(row, "实施主体");
    if (!implementer.empty()) p.body_id = file.body(row, "实施主体", implementer);
    ok = ok && !p.body_id.empty();
    ok = file.optional_body(row, "责任主体", &p.responsible_body_id) && ok;
    for (std::size_t i = 0; i < file.header().size(); ++i) {
      const std::string& column = file.header()[i];
      if (!kKnown.count(column) && !column.empty() && !row.cells[i].text.empty()) {
        p.extra[column] = row.cells[i].text;
      }
    }
    if (!p.code.empty()) {
      auto [it, fresh] = place_of_code.emplace(p.code, ListFile::place_of(row));
      if (!fresh) {
        file.error(row, "事项编码", "duplicate 事项编码 " + p.code,
                   "first used on " + it->second);
        ok = false;
      }
    }
    if (ok) context.dataset.powers.push_back(std::move(p));
  }
}

void read_responsibilities(SourceContext& context) {
  const std::string name = list_file_name(context, "lists/responsibilities");
  const std::string powers = list_file_name(context, "lists/powers");
  ListFile file(context, name, {"事项编码", "环节", "责任事项"});
  if (!file.ok()) return;
  std::set<std::string> power_codes;
  for (const PowerItem& p : context.dataset.powers) power_codes.insert(p.code);
  FollowOns follow_ons(context, name, powers);
  for (const ListRow& row : file.rows()) {
    ResponsibilityItem r;
    r.power_code = file.required(row, "事项编码");
    r.stage = file.required(row, "环节");
    r.duty = file.required(row, "责任事项");
    r.accountability = file.text(row, "追责情形");
    bool ok = !r.power_code.empty() && !r.stage.empty() && !r.duty.empty();
    if (!r.power_code.empty() && !power_codes.count(r.power_code)) {
      if (!follow_ons.absorbed()) {
        file.error(row, "事项编码", "no power has 事项编码 " + r.power_code,
                   "a responsibility belongs to an item of " + powers);
      }
      ok = false;
    }
    ok = file.optional_body(row, "责任主体", &r.body_id) && ok;
    if (ok) context.dataset.responsibilities.push_back(std::move(r));
  }
  follow_ons.report();
}

void read_task_lists(SourceContext& context) {
  if (!std::filesystem::exists(std::filesystem::path(context.dir) / "lists/tasks.json")) return;
  auto declared = load_json_file(context.dir, "lists/tasks.json", context.diagnostics);
  if (!declared) return;
  JsonFields fields(*declared, context.diagnostics);
  if (!declared->root.is_array()) return fields.error("", "must be a list of task lists");
  std::set<std::string> ids;
  auto read_task_list = [&](const json& item, const std::string& pointer, std::size_t) {
    fields.known_keys(item, pointer, {"id", "name", "file", "published"});
    TaskList list;
    list.id = fields.text(item, pointer, "id", true);
    list.name = fields.text(item, pointer, "name", true);
    list.published = fields.date(item, pointer, "published", false);
    std::string csv = fields.text(item, pointer, "file", true);
    if (!list.id.empty() && !is_slug(list.id)) {
      fields.error(pointer + "/id", "\"" + list.id + "\" is not a valid id", "use a-z, 0-9 and '-'");
    }
    if (!list.id.empty() && !ids.insert(list.id).second) {
      fields.error(pointer + "/id", "duplicate task list id \"" + list.id + "\"");
    }
    if (csv.empty()) return;
    if (csv.find('/') != std::string::npos || csv.find("..") != std::string::npos) {
      return fields.error(pointer + "/file", "must be a file name in lists/");
    }
    if (!std::filesystem::exists(std::filesystem::path(context.dir) / "lists" / csv)) {
      return fields.error(pointer + "/file", "lists/" + csv + " does not exist");
    }
    ListFile file(context, "lists/" + csv, {"责任单位", "职责任务"});
    if (!file.ok()) return;
    int number = 0;
    for (const ListRow& row : file.rows()) {
      TaskItem task;
      const std::string& seq = file.text(row, "序号");
      if (!seq.empty() && !is_whole_number(seq)) {
        file.error(row, "序号", "\"" + seq + "\" is not a number");
      }
      task.number = is_whole_number(seq) ? std::stoi(seq) : ++number;
      number = task.number;
      task.task = file.required(row, "职责任务");
      task.basis = file.text(row, "依据");
      if (file.required(row, "责任单位").empty()) continue;
      task.body_ids = file.bodies(row, "责任单位");
      if (!task.task.empty() && !task.body_ids.empty()) list.items.push_back(std::move(task));
    }
    context.dataset.task_lists.push_back(std::move(list));
  };
  // The pointer of the i-th task list is "/i": the file's root is the list.
  for_each_object(fields, declared->root, "", "each task list must be {\"id\", \"name\", \"file\"}",
                  read_task_list);
}

void read_division_list(SourceContext& context) {
  ListFile file(context, list_file_name(context, "lists/division"), {"编号", "分组", "事项", "牵头单位"});
  if (!file.ok()) return;
  std::map<std::string, std::size_t> matter_index;
  auto& matters = context.dataset.division_matters;
  for (const ListRow& row : file.rows()) {
    const std::string& code = file.required(row, "编号");
    const std::string& group = file.required(row, "分组");
    const std::string& name = file.required(row, "事项");
    if (code.empty() || group.empty() || name.empty()) continue;
    DivisionStage stage;
    stage.stage = file.text(row, "环节");
    stage.basis = file.text(row, "依据");
    if (file.required(row, "牵头单位").empty()) continue;
    stage.lead_body_ids = file.bodies(row, "牵头单位");
    stage.cooperating_body_ids = file.bodies(row, "配合单位");
    auto [it, fresh] = matter_index.emplace(code, matters.size());
    if (fresh) {
      matters.push_back({code, group, name, {}});
    } else if (matters[it->second].group != group || matters[it->second].name != name) {
      file.error(row, "事项", "matter " + code + " is named differently in another row",
                 "every row of one 编号 gives the same 分组 and 事项");
      continue;
    }
    if (!stage.lead_body_ids.empty()) matters[it->second].stages.push_back(std::move(stage));
  }
}

}  // namespace

void read_lists(SourceContext& context) {
  read_powers(context);
  read_responsibilities(context);
  read_task_lists(context);
  read_division_list(context);
}

void read_search_words(SourceContext& context) {
  const Dataset& dataset = context.dataset;
  const std::string keywords_name = list_file_name(context, "keywords");
  ListFile keywords(context, keywords_name, {"关键词", "类型", "对象"});
  if (keywords.ok()) {
    std::set<std::string> matters, powers, clauses;
    for (const auto& m : dataset.division_matters) matters.insert(m.code);
    for (const auto& p : dataset.powers) powers.insert(p.code);
    for (const auto& v : context.history.versions) {
      if (v.in_force_on(dataset.data_date)) clauses.insert(v.body_id + "#" + v.key);
    }
    // Without a data date (dataset.json already reported) no clause can be said to be in force.
    bool can_check_duties = !dataset.data_date.empty() && context.bodies_read;
    FollowOns into_powers(context, keywords_name, list_file_name(context, "lists/powers"));
    FollowOns into_matters(context, keywords_name, list_file_name(context, "lists/division"));
    std::map<std::string, FollowOns> into_sandings;  // 三定 file with errors → its follow-ons
    for (const ListRow& row : keywords.rows()) {
      Keyword k;
      k.word = keywords.required(row, "关键词");
      const std::string& kind = keywords.required(row, "类型");
      k.target = keywords.required(row, "对象");
      if (k.word.empty() || kind.empty() || k.target.empty()) continue;
      const std::set<std::string>* targets = nullptr;
      if (kind == "职责") k.target_kind = KeywordTarget::kDuty, targets = &clauses;
      else if (kind == "分工事项") k.target_kind = KeywordTarget::kMatter, targets = &matters;
      else if (kind == "权力事项") k.target_kind = KeywordTarget::kPower, targets = &powers;
      if (!targets) {
        keywords.error(row, "类型", "unknown type \"" + kind + "\"", "use 职责, 分工事项 or 权力事项");
        continue;
      }
      if (!targets->count(k.target) && (targets != &clauses || can_check_duties)) {
        if (targets == &clauses) {
          const std::string behind = context.failed_sanding_behind(k.target.substr(0, k.target.find('#')));
          if (!behind.empty() &&
              into_sandings.try_emplace(behind, context, keywords_name, behind).first->second.absorbed()) {
            continue;
          }
        }
        if ((targets == &powers && into_powers.absorbed()) ||
            (targets == &matters && into_matters.absorbed())) {
          continue;
        }
        keywords.error(row, "对象", "\"" + k.target + "\" is not a " + kind + " of this publication",
                       kind == "职责" ? "write body-id#clause-key of a clause in force on the data date"
                                      : "use its 编号 / 事项编码");
        continue;
      }
      context.dataset.keywords.push_back(std::move(k));
    }
    into_powers.report();
    into_matters.report();
    for (const auto& [file, follow_ons] : into_sandings) follow_ons.report();
  }
  ListFile synonyms(context, list_file_name(context, "synonyms"), {"词", "同义词"});
  if (synonyms.ok()) {
    for (const ListRow& row : synonyms.rows()) {
      SynonymGroup group;
      group.word = synonyms.required(row, "词");
      if (synonyms.required(row, "同义词").empty() || group.word.empty()) continue;
      group.alternatives = split_list_cell(synonyms.text(row, "同义词"));
      context.dataset.synonyms.push_back(std::move(group));
    }
  }
}

}  // namespace dutyatlas::builder
