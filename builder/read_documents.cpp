// documents/*.json and sanding/*.json, and the replay of their history
// (docs/source-format.md, core/history/duty_history.h).
#include <optional>
#include <set>

#include "builder/source_context.h"
#include "builder/text_rules.h"
#include "core/base/text.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

const std::set<std::string> kDocumentKinds = {"sanding", "adjustment", "list", "other"};
const std::set<std::string> kAdministrativeCategories = {
    "party", "government", "npc", "cppcc", "court", "procuratorate", "federation", "street"};

void check_body_reference(const SourceContext& context, const JsonFields& fields,
                          const std::string& pointer, const std::string& id) {
  if (!id.empty() && context.bodies_read && !context.has_body(id)) {
    fields.error(pointer, "no body has id \"" + id + "\"",
                 "use the id of a body listed in bodies.json");
  }
}

// Reads one change; nullopt (after reporting) if its action is missing or unknown, since
// nothing else about it can then be checked.
std::optional<DutyChange> read_change(const SourceContext& context, const JsonFields& fields,
                                      const json& item, const std::string& pointer) {
  DutyChange change;
  fields.known_keys(item, pointer, {"action", "body", "clause", "text", "to", "as"});
  std::string action = fields.text(item, pointer, "action", true);
  if (action.empty()) return std::nullopt;
  if (!parse_change_action(action, &change.action)) {
    fields.error(pointer + "/action", "unknown action \"" + action + "\"",
                 "use add, remove, reword or transfer");
    return std::nullopt;
  }
  change.body_id = fields.text(item, pointer, "body", true);
  check_body_reference(context, fields, pointer + "/body", change.body_id);
  change.clause_key = fields.text(item, pointer, "clause", true);
  bool needs_text = change.action == ChangeAction::kAdd || change.action == ChangeAction::kReword;
  change.text = fields.text(item, pointer, "text", needs_text);
  if (change.action == ChangeAction::kTransfer) {
    change.to_body_id = fields.text(item, pointer, "to", true);
    check_body_reference(context, fields, pointer + "/to", change.to_body_id);
    change.as_key = fields.text(item, pointer, "as", true);
    if (!change.to_body_id.empty() && change.to_body_id == change.body_id) {
      fields.error(pointer + "/to", "a duty cannot be transferred to the body it is in");
    }
  }
  return change;
}

}  // namespace

void read_documents_folder(SourceContext& context) {
  for (const std::string& name : json_files_in(context.dir, "documents")) {
    auto loaded = load_json_file(context.dir, name, context.diagnostics);
    if (!loaded) continue;
    auto file = std::make_shared<JsonFile>(std::move(*loaded));
    JsonFields fields(*file, context.diagnostics);
    const json& root = file->root;
    if (!root.is_object()) {
      fields.error("", "must be a JSON object");
      continue;
    }
    Document d;
    fields.known_keys(root, "", {"doc_no", "title", "issuer", "kind", "issued", "effective", "text",
                                 "changes"});
    d.doc_no = fields.text(root, "", "doc_no", true);
    d.title = fields.text(root, "", "title", true);
    d.issuer = fields.text(root, "", "issuer", true);
    d.kind = fields.text(root, "", "kind", true);
    d.issued = fields.date(root, "", "issued");
    d.effective = fields.date(root, "", "effective");
    d.text = fields.text(root, "", "text", false);
    if (!d.kind.empty() && !kDocumentKinds.count(d.kind)) {
      fields.error("/kind", "unknown kind \"" + d.kind + "\"", "use sanding, adjustment, list or other");
    }
    if (!d.issued.empty() && !d.effective.empty() && d.effective < d.issued) {
      fields.error("/effective", "takes effect (" + d.effective + ") before it was issued (" +
                   d.issued + ")", "check both dates");
    }
    std::vector<std::size_t> change_positions;  // index in the file's "changes" of each kept one
    if (const json* changes = fields.array(root, "", "changes", false)) {
      auto read_one = [&](const json& item, const std::string& pointer, std::size_t i) {
        if (auto change = read_change(context, fields, item, pointer)) {
          d.changes.push_back(std::move(*change));
          change_positions.push_back(i);
        }
      };
      for_each_object(fields, *changes, "/changes", "each change must be a JSON object", read_one);
    }
    if (!d.doc_no.empty()) {
      auto [it, fresh] = context.document_index.emplace(d.doc_no, context.dataset.documents.size());
      if (!fresh) {
        fields.error("/doc_no", "文号 " + d.doc_no + " is already used by " +
                     context.document_files[it->second]->name, "one file per document");
        continue;
      }
    }
    context.dataset.documents.push_back(std::move(d));
    context.document_files.push_back(file);
    context.change_positions.push_back(std::move(change_positions));
  }
}

void read_sanding_folder(SourceContext& context) {
  std::set<std::string> bodies_with_sanding;
  std::set<std::pair<std::string, std::string>> seen;  // (body, 文号)
  // (body, effective date) → the file and 文号 of the 三定 that claimed it first
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> dated;
  for (const std::string& name : json_files_in(context.dir, "sanding")) {
    auto file = load_json_file(context.dir, name, context.diagnostics);
    if (!file) {
      context.unreadable_sandings.insert(name);
      continue;
    }
    JsonFields fields(*file, context.diagnostics);
    const json& root = file->root;
    if (!root.is_object()) {
      fields.error("", "must be a JSON object");
      context.unreadable_sandings.insert(name);
      continue;
    }
    Sanding s;
    bool clashes = false;  // checked to the end, but kept out of the history
    fields.known_keys(root, "", {"body", "document", "setup", "duties", "transformation", "divisions",
                                 "staffing", "boundaries"});
    s.body_id = fields.text(root, "", "body", true);
    check_body_reference(context, fields, "/body", s.body_id);
    s.doc_no = fields.text(root, "", "document", true);
    auto document = context.document_index.find(s.doc_no);
    if (!s.doc_no.empty() && document == context.document_index.end()) {
      fields.error("/document", "no document has 文号 " + s.doc_no,
                   "add it to documents/ with kind \"sanding\"");
    } else if (!s.doc_no.empty() &&
               context.dataset.documents[document->second].kind != "sanding") {
      fields.error("/document", "文号 " + s.doc_no + " is not a 三定 document",
                   "its kind in documents/ must be \"sanding\"");
    }
    if (!seen.insert({s.body_id, s.doc_no}).second) {
      fields.error("/document", "this 三定 of " + s.body_id + " is already given in another file",
                   "keep one file per body and document");
    } else if (document != context.document_index.end() && !s.body_id.empty()) {
      // Two 三定 of one body in force from the same day: which applies would depend on the
      // files' names. One error for both; the second is left out of the history.
      const std::string& effective = context.dataset.documents[document->second].effective;
      auto [first, fresh] = dated.try_emplace({s.body_id, effective}, name, s.doc_no);
      if (!fresh && !effective.empty()) {
        fields.error("/document", "two 三定 of " + s.body_id + " take effect on " + effective + ": " +
                         first->second.first + " (" + first->second.second + ") and " + name +
                         " (" + s.doc_no + ")",
                     "a later 三定 replaces an earlier one: give them different effective dates "
                     "in documents/, or remove the one that no longer applies");
        context.sanding_clashes.insert(s.body_id);
        clashes = true;
      }
    }
    s.setup = fields.text(root, "", "setup", true);
    s.duties = fields.texts(root, "", "duties", true);
    if (root.contains("duties") && s.duties.empty()) fields.warning("/duties", "the 主要职责 list is empty");
    for (std::size_t i = 0; i < s.duties.size(); ++i) {
      if (std::size_t own = own_numbering_length(s.duties[i])) {
        fields.warning("/duties/" + std::to_string(i),
                       "begins with its own numbering \"" + s.duties[i].substr(0, own) + "\", removed",
                       "the site numbers duties by their order; write the text only");
        s.duties[i] = std::string(trim(std::string_view(s.duties[i]).substr(own)));
      }
    }
    std::map<std::string, std::size_t> first_seen;
    for (std::size_t i = 0; i < s.duties.size(); ++i) {
      auto [it, fresh] = first_seen.emplace(s.duties[i], i + 1);
      if (!fresh) {
        fields.warning("/duties/" + std::to_string(i), "same text as clause " + std::to_string(it->second),
                       "remove the duplicate or reword one of them");
      }
    }
    s.transformation = fields.texts(root, "", "transformation", false);
    if (const json* divisions = fields.array(root, "", "divisions", false)) {
      auto read_one = [&](const json& item, const std::string& pointer, std::size_t) {
        fields.known_keys(item, pointer, {"name", "duties"});
        s.divisions.push_back({fields.text(item, pointer, "name", true),
                               fields.texts(item, pointer, "duties", false)});
      };
      for_each_object(fields, *divisions, "/divisions",
                      "each division must be a JSON object with name and duties", read_one);
    }
    auto staffing = root.find("staffing");
    if (staffing != root.end() && !staffing->is_object()) {
      fields.error("/staffing", "must be a JSON object");
    } else if (staffing != root.end()) {
      fields.known_keys(*staffing, "/staffing", {"administrative", "career", "service", "leaders"});
      s.staffing.administrative = fields.count(*staffing, "/staffing", "administrative");
      s.staffing.career = fields.count(*staffing, "/staffing", "career");
      s.staffing.service = fields.count(*staffing, "/staffing", "service");
      if (const json* leaders = fields.array(*staffing, "/staffing", "leaders", false)) {
        auto read_one = [&](const json& item, const std::string& pointer, std::size_t) {
          fields.known_keys(item, pointer, {"title", "count"});
          int count = fields.count(item, pointer, "count");
          s.staffing.leaders.push_back({fields.text(item, pointer, "title", true),
                                        count < 0 ? 0 : count});
        };
        for_each_object(fields, *leaders, "/staffing/leaders",
                        "each leader post must be {\"title\": …, \"count\": …}", read_one);
      }
    }
    if (const json* boundaries = fields.array(root, "", "boundaries", false)) {
      auto read_one = [&](const json& item, const std::string& pointer, std::size_t) {
        fields.known_keys(item, pointer, {"with", "text"});
        DutyBoundary boundary;
        boundary.with_body_ids = fields.texts(item, pointer, "with", true);
        for (std::size_t k = 0; k < boundary.with_body_ids.size(); ++k) {
          check_body_reference(context, fields, pointer + "/with/" + std::to_string(k),
                               boundary.with_body_ids[k]);
        }
        boundary.text = fields.text(item, pointer, "text", true);
        s.boundaries.push_back(std::move(boundary));
      };
      for_each_object(fields, *boundaries, "/boundaries",
                      "each boundary must be {\"with\": […], \"text\": …}", read_one);
    }
    bodies_with_sanding.insert(s.body_id);
    if (!s.body_id.empty() && context.diagnostics->errors_in(name) > 0) {
      context.failed_sanding_of_body.emplace(s.body_id, name);
    }
    if (!clashes) context.dataset.sandings.push_back(std::move(s));
  }

  if (!context.bodies_read) return;
  JsonFields bodies(*context.bodies_file, context.diagnostics);
  for (std::size_t i = 0; i < context.dataset.bodies.size(); ++i) {
    const Body& body = context.dataset.bodies[i];
    if (kAdministrativeCategories.count(body.category) && !bodies_with_sanding.count(body.id) &&
        !context.unreadable_sandings.count("sanding/" + body.id + ".json")) {
      bodies.warning("/bodies/" + std::to_string(i), body.name + " has no 三定",
                     "add sanding/" + body.id + ".json");
    }
  }
}

void check_history(SourceContext& context) {
  context.history = replay_duty_history(context.dataset);
  // A change may fail only because the 三定 it builds on could not be read or has errors: such
  // problems are counted per document and 三定 file, one line each, not one error per change.
  std::map<std::pair<std::size_t, std::string>, int> unchecked;  // (document, 三定 file) → changes
  for (const HistoryProblem& problem : context.history.problems) {
    const Document& document = context.dataset.documents[problem.document_index];
    if (problem.change_index >= 0) {
      const DutyChange& change = document.changes[std::size_t(problem.change_index)];
      std::string behind = context.failed_sanding_behind(change.body_id);
      if (behind.empty() && !change.to_body_id.empty()) behind = context.failed_sanding_behind(change.to_body_id);
      if (!behind.empty()) {
        ++unchecked[{problem.document_index, behind}];
        continue;
      }
    }
    // A document without a usable effective date has been reported; "not in force on " (a
    // blank date) would only repeat that.
    if (document.effective.empty()) continue;
    if (problem.change_index >= 0) {
      const DutyChange& change = document.changes[std::size_t(problem.change_index)];
      // A change naming an unknown body has been reported already; its replay says nothing new.
      if (!context.has_body(change.body_id) || context.sanding_clashes.count(change.body_id) ||
          context.sanding_clashes.count(change.to_body_id) ||
          (!change.to_body_id.empty() && !context.has_body(change.to_body_id))) {
        continue;
      }
    }
    JsonFile& file = *context.document_files[problem.document_index];
    JsonFields fields(file, context.diagnostics);
    std::string pointer;
    if (problem.change_index >= 0) {
      std::size_t position = context.change_positions[problem.document_index][std::size_t(problem.change_index)];
      pointer = "/changes/" + std::to_string(position) + "/" + problem.field;
    }
    fields.error(pointer, problem.message, problem.hint);
  }
  for (const auto& [where, count] : unchecked) {
    context.diagnostics->error({{}, context.document_files[where.first]->name, 0, 0, "",
                                std::to_string(count) + (count == 1 ? " change" : " changes") +
                                    " could not be checked: " + where.second + " has errors",
                                "fix it first; the changes are checked again then"});
  }
}

}  // namespace dutyatlas::builder
