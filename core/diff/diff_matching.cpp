// Matching two publications' snapshots (diff_snapshot.h) by key: what was added, removed and
// changed, and which removed clauses were transferred (see publication_diff.h). No SQL, no
// report words.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/diff/diff_fields.h"
#include "core/diff/diff_snapshot.h"
#include "core/diff/publication_diff.h"

namespace dutyatlas {
namespace {

ListDiff diff_rows(const std::vector<DiffRow>& old_rows, const std::vector<DiffRow>& new_rows) {
  ListDiff d;
  std::map<std::string, const DiffRow*> old_by_key, new_by_key;
  for (const DiffRow& r : old_rows) old_by_key[r.key] = &r;
  for (const DiffRow& r : new_rows) new_by_key[r.key] = &r;
  for (const DiffRow& n : new_rows) {
    auto it = old_by_key.find(n.key);
    if (it == old_by_key.end()) {
      d.added.push_back({n.key, n.label});
    } else if (auto changes = changed_fields(it->second->fields, n.fields); !changes.empty()) {
      d.changed.push_back({n.key, n.label, std::move(changes)});
    }
  }
  for (const DiffRow& o : old_rows) {
    if (!new_by_key.count(o.key)) d.removed.push_back({o.key, o.label});
  }
  return d;
}

// What is in one list only, compared by key(item).
template <typename T, typename Key>
void diff_sets(const std::vector<T>& old_items, const std::vector<T>& new_items, Key key,
               std::vector<T>* added, std::vector<T>* removed) {
  std::set<decltype(key(old_items.front()))> old_keys, new_keys;
  for (const T& t : old_items) old_keys.insert(key(t));
  for (const T& t : new_items) new_keys.insert(key(t));
  for (const T& t : new_items) {
    if (!old_keys.count(key(t))) added->push_back(t);
  }
  for (const T& t : old_items) {
    if (!new_keys.count(key(t))) removed->push_back(t);
  }
}

void diff_dataset(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  auto field = [&](const char* name, const std::string& a, const std::string& b) {
    if (a != b) d->dataset.push_back({name, a, b});
  };
  field("name", o.info.name, n.info.name);
  field("title", o.info.title, n.info.title);
  field("data_date", o.info.data_date, n.info.data_date);
  field("division_code", o.info.division_code, n.info.division_code);
  field("sample", o.info.sample ? "true" : "false", n.info.sample ? "true" : "false");
}

void diff_bodies(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  for (const BodyRow& nb : n.bodies) {
    auto it = o.body_at.find(nb.body.id);
    if (it == o.body_at.end()) {
      d->bodies_added.push_back(nb.body);
      continue;
    }
    const BodyRow& ob = o.bodies[it->second];
    if (ob.body.name != nb.body.name || ob.body.short_name != nb.body.short_name) {
      d->bodies_renamed.push_back({nb.body.id, ob.body.name, nb.body.name, ob.body.short_name,
                                   nb.body.short_name});
    }
    if (ob.body.category != nb.body.category) {
      d->bodies_moved.push_back({nb.body.id, nb.body.name, nb.body.short_name, ob.body.category,
                                 nb.body.category});
    }
    if (auto changes = changed_fields(ob.other.fields, nb.other.fields); !changes.empty()) {
      d->bodies_changed.push_back({nb.body.id, nb.body.name, nb.body.short_name, std::move(changes)});
    }
  }
  for (const BodyRow& ob : o.bodies) {
    if (!n.body_at.count(ob.body.id)) d->bodies_removed.push_back(ob.body);
  }
}

// A body's name for the report: as the new publication names it, else as the old one did.
std::string body_label(const Snapshot& o, const Snapshot& n, const std::string& id) {
  return n.body_at.count(id) ? n.body_label(id) : o.body_label(id);
}

// The clauses in force in only one of the two publications, in display order.
struct ClauseMatch {
  std::vector<const ClauseRow*> added, removed;
};

ClauseMatch match_clauses(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  std::map<ClauseKey, const ClauseRow*> old_by_key, new_by_key;
  for (const ClauseRow& c : o.clauses) old_by_key[{c.body_id, c.key}] = &c;
  for (const ClauseRow& c : n.clauses) new_by_key[{c.body_id, c.key}] = &c;
  ClauseMatch match;
  for (const ClauseRow& c : n.clauses) {
    auto it = old_by_key.find({c.body_id, c.key});
    if (it == old_by_key.end()) {
      match.added.push_back(&c);
    } else if (it->second->text != c.text) {
      d->clauses_reworded.push_back({c.body_id, body_label(o, n, c.body_id), c.key,
                                     it->second->text, c.text});
    }
  }
  for (const ClauseRow& c : o.clauses) {
    if (!new_by_key.count({c.body_id, c.key})) match.removed.push_back(&c);
  }
  return match;
}

// Removed clause → the added clause it became. First the transfers the new publication's
// documents record, then the same text leaving one body and arriving in another.
std::map<const ClauseRow*, const ClauseRow*> pair_transfers(const Snapshot& n, const ClauseMatch& m) {
  std::map<const ClauseRow*, const ClauseRow*> transfer_of;
  std::set<const ClauseRow*> taken;
  std::map<ClauseKey, const ClauseRow*> added_by_key;
  for (const ClauseRow* c : m.added) added_by_key[{c->body_id, c->key}] = c;
  for (const ClauseRow* r : m.removed) {
    auto it = n.recorded_transfers.find({r->body_id, r->key});
    if (it == n.recorded_transfers.end()) continue;
    for (const ClauseKey& target : it->second) {
      auto a = added_by_key.find(target);
      if (a != added_by_key.end() && !taken.count(a->second)) {
        transfer_of[r] = a->second;
        taken.insert(a->second);
        break;
      }
    }
  }
  std::map<std::string, std::vector<const ClauseRow*>> added_by_text;  // in display order
  for (const ClauseRow* a : m.added) {
    if (!taken.count(a)) added_by_text[a->text].push_back(a);
  }
  for (const ClauseRow* r : m.removed) {
    if (transfer_of.count(r)) continue;
    auto same = added_by_text.find(r->text);
    if (same == added_by_text.end()) continue;
    for (const ClauseRow* a : same->second) {
      if (!taken.count(a) && a->body_id != r->body_id) {
        transfer_of[r] = a;
        taken.insert(a);
        break;
      }
    }
  }
  return transfer_of;
}

void diff_clauses(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  ClauseMatch match = match_clauses(o, n, d);
  std::map<const ClauseRow*, const ClauseRow*> transfer_of = pair_transfers(n, match);
  std::set<const ClauseRow*> arrived;
  for (const auto& [from, to] : transfer_of) arrived.insert(to);
  for (const ClauseRow* a : match.added) {
    if (!arrived.count(a)) {
      d->clauses_added.push_back({a->body_id, body_label(o, n, a->body_id), a->key, a->text});
    }
  }
  for (const ClauseRow* r : match.removed) {
    auto t = transfer_of.find(r);
    if (t == transfer_of.end()) {
      d->clauses_removed.push_back({r->body_id, body_label(o, n, r->body_id), r->key, r->text});
      continue;
    }
    const ClauseRow* a = t->second;
    d->clauses_transferred.push_back({r->body_id, body_label(o, n, r->body_id), r->key, a->body_id,
                                      body_label(o, n, a->body_id), a->key, r->text, a->text});
  }
}

// The clauses the 主要职责 section already reports, by (body, key): a 三定's own wording of
// them is not reported a second time.
std::set<ClauseKey> reported_clauses(const PublicationDiff& d) {
  std::set<ClauseKey> out;
  for (const auto& c : d.clauses_added) out.insert({c.body_id, c.key});
  for (const auto& c : d.clauses_removed) out.insert({c.body_id, c.key});
  for (const auto& c : d.clauses_reworded) out.insert({c.body_id, c.key});
  for (const auto& t : d.clauses_transferred) {
    out.insert({t.from_body_id, t.from_key});
    out.insert({t.to_body_id, t.to_key});
  }
  return out;
}

void diff_sandings(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  std::vector<SandingRow> added, removed;
  auto key = [](const SandingRow& s) { return s.body_id + "\x1f" + s.doc_no; };
  diff_sets(o.sandings, n.sandings, key, &added, &removed);
  auto named = [&](const SandingRow& s) {
    return DiffSanding{s.body_id, body_label(o, n, s.body_id), s.doc_no, s.effective};
  };
  for (const auto& s : added) d->sandings_added.push_back(named(s));
  for (const auto& s : removed) d->sandings_removed.push_back(named(s));

  std::map<std::string, const SandingRow*> old_by_key;
  for (const SandingRow& s : o.sandings) old_by_key[key(s)] = &s;
  const std::set<ClauseKey> reported = reported_clauses(*d);
  for (const SandingRow& s : n.sandings) {
    auto it = old_by_key.find(key(s));
    if (it == old_by_key.end()) continue;
    std::vector<FieldChange> changes;
    for (FieldChange& c : changed_fields(it->second->content.fields, s.content.fields)) {
      const bool duty = c.field.rfind("duty/", 0) == 0;
      if (!duty || !reported.count({s.body_id, c.field.substr(5)})) changes.push_back(std::move(c));
    }
    if (!changes.empty()) {
      d->sandings_changed.push_back({s.body_id, body_label(o, n, s.body_id), s.doc_no, std::move(changes)});
    }
  }
}

// The value of field `name` of a row ("" if it has none).
const std::string& field_value(const DiffRow& row, const std::string& name) {
  static const std::string kNone;
  for (const auto& [field, value] : row.fields) {
    if (field == name) return value;
  }
  return kNone;
}

void diff_documents(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  ListDiff docs = diff_rows(o.documents, n.documents);
  auto summary = [](const Snapshot& s, const DiffItem& item) {
    DiffDocument doc{item.key, item.label, "", ""};
    auto it = s.document_at.find(item.key);
    if (it != s.document_at.end()) {
      doc.kind = field_value(s.documents[it->second], "kind");
      doc.effective = field_value(s.documents[it->second], "effective");
    }
    return doc;
  };
  for (const auto& item : docs.added) d->documents_added.push_back(summary(n, item));
  for (const auto& item : docs.removed) d->documents_removed.push_back(summary(o, item));
  for (auto& item : docs.changed) {
    d->documents_changed.push_back({item.key, item.label, std::move(item.changes)});
  }
}

// Each removed item that `alike` pairs with an added one (the first such, in order) becomes one
// change {old, new}: taken out of both lists.
template <typename T, typename Change, typename Alike>
void pair_up(std::vector<T>* removed, std::vector<T>* added, std::vector<Change>* changed, Alike alike) {
  std::vector<T> still_removed;
  for (T& r : *removed) {
    auto it = std::find_if(added->begin(), added->end(), [&](const T& a) { return alike(r, a); });
    if (it == added->end()) {
      still_removed.push_back(std::move(r));
      continue;
    }
    changed->push_back({std::move(r), std::move(*it)});
    added->erase(it);
  }
  *removed = std::move(still_removed);
}

void diff_words(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  auto keyword_key = [](const DiffKeyword& k) { return k.word + "\x1f" + k.kind + "\x1f" + k.target; };
  diff_sets(o.keywords, n.keywords, keyword_key, &d->keywords.added, &d->keywords.removed);
  // A word corrected for the same target, then the same word aimed at another target.
  pair_up(&d->keywords.removed, &d->keywords.added, &d->keywords.changed,
          [](const DiffKeyword& a, const DiffKeyword& b) { return a.kind == b.kind && a.target == b.target; });
  pair_up(&d->keywords.removed, &d->keywords.added, &d->keywords.changed,
          [](const DiffKeyword& a, const DiffKeyword& b) { return a.word == b.word && a.kind == b.kind; });
  auto synonym_key = [](const DiffSynonym& s) { return s.word + "\x1f" + s.alternative; };
  diff_sets(o.synonyms, n.synonyms, synonym_key, &d->synonyms.added, &d->synonyms.removed);
  pair_up(&d->synonyms.removed, &d->synonyms.added, &d->synonyms.changed,
          [](const DiffSynonym& a, const DiffSynonym& b) { return a.word == b.word; });
}

}  // namespace

PublicationDiff diff_publications(const DutyDatabase& old_db, const DutyDatabase& new_db) {
  Snapshot o = read_snapshot(old_db);
  Snapshot n = read_snapshot(new_db);
  PublicationDiff d;
  d.old_info = o.info;
  d.new_info = n.info;
  diff_dataset(o, n, &d);
  for (const BodyRow& b : n.bodies) d.body_order.push_back(b.body);
  for (const BodyRow& b : o.bodies) {
    if (!n.body_at.count(b.body.id)) d.body_order.push_back(b.body);
  }
  diff_bodies(o, n, &d);
  diff_clauses(o, n, &d);
  diff_sandings(o, n, &d);
  diff_documents(o, n, &d);
  d.powers = diff_rows(o.powers, n.powers);
  d.responsibilities = diff_rows(o.responsibilities, n.responsibilities);
  d.tasks = diff_rows(o.tasks, n.tasks);
  d.division_matters = diff_rows(o.matters, n.matters);
  diff_words(o, n, &d);
  return d;
}

}  // namespace dutyatlas
