// The change report as JSON for tools (diff_to_json, see publication_diff.h). Field names are
// stable; the counts come from the table of diff_counts.h.
#include "core/diff/diff_counts.h"
#include "core/diff/publication_diff.h"

namespace dutyatlas {
namespace {

using nlohmann::json;

json info_json(const PublicationInfo& i) {
  return {{"name", i.name},
          {"title", i.title},
          {"data_date", i.data_date},
          {"division_code", i.division_code},
          {"sample", i.sample}};
}

json counts_json(const PublicationDiff& d) {
  json counts = json::object();
  for (const ChangeSection& section : change_sections()) {
    for (const ChangeCount& c : section.counts) {
      if (c.id) counts[section.id][c.id] = c.count(d);
      else counts[section.id] = c.count(d);  // the section's only count
    }
  }
  return counts;
}

template <typename T, typename F>
json array_of(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const T& t : items) out.push_back(to_json(t));
  return out;
}

// A changed item's fields: their names, and each with both values.
void add_changes(json* item, const std::vector<FieldChange>& changes) {
  json names = json::array(), values = json::array();
  for (const FieldChange& c : changes) {
    names.push_back(c.field);
    values.push_back({{"field", c.field}, {"old", c.old_value}, {"new", c.new_value}});
  }
  (*item)["fields"] = std::move(names);
  (*item)["changes"] = std::move(values);
}

json body_json(const DiffBody& b) {
  return {{"id", b.id}, {"name", b.name}, {"short_name", b.short_name}, {"category", b.category}};
}

json bodies_json(const PublicationDiff& d) {
  return {{"added", array_of(d.bodies_added, body_json)},
          {"removed", array_of(d.bodies_removed, body_json)},
          {"renamed", array_of(d.bodies_renamed, [](const BodyRename& r) {
             return json{{"id", r.id},
                         {"old_name", r.old_name},
                         {"new_name", r.new_name},
                         {"old_short_name", r.old_short_name},
                         {"new_short_name", r.new_short_name}};
           })},
          {"moved", array_of(d.bodies_moved, [](const BodyMove& m) {
             return json{{"id", m.id},
                         {"name", m.name},
                         {"short_name", m.short_name},
                         {"old_category", m.old_category},
                         {"new_category", m.new_category}};
           })},
          {"changed", array_of(d.bodies_changed, [](const BodyChange& c) {
             json item{{"id", c.id}, {"name", c.name}, {"short_name", c.short_name}};
             add_changes(&item, c.changes);
             return item;
           })}};
}

json clause_json(const DiffClause& c) {
  return {{"body_id", c.body_id}, {"body_name", c.body_name}, {"key", c.key}, {"text", c.text}};
}

json clauses_json(const PublicationDiff& d) {
  return {{"added", array_of(d.clauses_added, clause_json)},
          {"removed", array_of(d.clauses_removed, clause_json)},
          {"reworded", array_of(d.clauses_reworded, [](const ClauseReword& r) {
             return json{{"body_id", r.body_id},   {"body_name", r.body_name}, {"key", r.key},
                         {"old_text", r.old_text}, {"new_text", r.new_text}};
           })},
          {"transferred", array_of(d.clauses_transferred, [](const ClauseTransfer& t) {
             return json{{"from_body_id", t.from_body_id}, {"from_body_name", t.from_body_name},
                         {"from_key", t.from_key},         {"to_body_id", t.to_body_id},
                         {"to_body_name", t.to_body_name}, {"to_key", t.to_key},
                         {"old_text", t.old_text},         {"new_text", t.new_text}};
           })}};
}

json sanding_json(const DiffSanding& s) {
  return {{"body_id", s.body_id}, {"body_name", s.body_name}, {"doc_no", s.doc_no},
          {"effective", s.effective}};
}

json document_json(const DiffDocument& d) {
  return {{"doc_no", d.doc_no}, {"title", d.title}, {"kind", d.kind}, {"effective", d.effective}};
}

json documents_json(const PublicationDiff& d) {
  return {{"added", array_of(d.documents_added, document_json)},
          {"removed", array_of(d.documents_removed, document_json)},
          {"changed", array_of(d.documents_changed, [](const DocumentChange& c) {
             json item{{"doc_no", c.doc_no}, {"title", c.title}};
             add_changes(&item, c.changes);
             return item;
           })}};
}

json list_json(const ListDiff& d) {
  json out = {{"added", json::array()}, {"removed", json::array()}, {"changed", json::array()}};
  for (const auto& i : d.added) out["added"].push_back({{"key", i.key}, {"label", i.label}});
  for (const auto& i : d.removed) out["removed"].push_back({{"key", i.key}, {"label", i.label}});
  for (const auto& i : d.changed) {
    json item{{"key", i.key}, {"label", i.label}};
    add_changes(&item, i.changes);
    out["changed"].push_back(std::move(item));
  }
  return out;
}

json keyword_json(const DiffKeyword& k) {
  return {{"word", k.word}, {"kind", k.kind}, {"target", k.target}};
}

json synonym_json(const DiffSynonym& s) { return {{"word", s.word}, {"alternative", s.alternative}}; }

}  // namespace

json diff_to_json(const PublicationDiff& d) {
  json out;
  out["identical"] = d.empty();
  out["total"] = d.total();
  out["old"] = info_json(d.old_info);
  out["new"] = info_json(d.new_info);
  out["counts"] = counts_json(d);
  out["dataset"] = array_of(d.dataset, [](const DatasetFieldChange& f) {
    return json{{"field", f.field}, {"old", f.old_value}, {"new", f.new_value}};
  });
  out["bodies"] = bodies_json(d);
  out["clauses"] = clauses_json(d);
  out["sandings"] = {{"added", array_of(d.sandings_added, sanding_json)},
                     {"removed", array_of(d.sandings_removed, sanding_json)},
                     {"changed", array_of(d.sandings_changed, [](const SandingChange& c) {
                        json item{{"body_id", c.body_id}, {"body_name", c.body_name}, {"doc_no", c.doc_no}};
                        add_changes(&item, c.changes);
                        return item;
                      })}};
  out["documents"] = documents_json(d);
  out["powers"] = list_json(d.powers);
  out["responsibilities"] = list_json(d.responsibilities);
  out["tasks"] = list_json(d.tasks);
  out["division_matters"] = list_json(d.division_matters);
  out["keywords"] = {{"added", array_of(d.keywords.added, keyword_json)},
                     {"removed", array_of(d.keywords.removed, keyword_json)},
                     {"changed", array_of(d.keywords.changed, [](const KeywordChange& c) {
                        return json{{"old", keyword_json(c.old_keyword)}, {"new", keyword_json(c.new_keyword)}};
                      })}};
  out["synonyms"] = {{"added", array_of(d.synonyms.added, synonym_json)},
                     {"removed", array_of(d.synonyms.removed, synonym_json)},
                     {"changed", array_of(d.synonyms.changed, [](const SynonymChange& c) {
                        return json{{"old", synonym_json(c.old_synonym)}, {"new", synonym_json(c.new_synonym)}};
                      })}};
  return out;
}

}  // namespace dutyatlas
