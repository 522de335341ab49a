// Dataset → SQLite image (see bundle_writer.h). One insert_* function per part of the schema.
#include "bundle_writer.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

#include "core/bundle/bundle_schema.h"
#include "core/search/search_index.h"
#include "core/base/sqlite_statement.h"
#include "core/base/text.h"

namespace dutyatlas::builder {
namespace {

class Connection {
 public:
  Connection() {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite3_open");
  }
  ~Connection() { sqlite3_close(db_); }
  sqlite3* get() const { return db_; }

  void exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      throw DatabaseError("SQLite: " + text);
    }
  }

  // Prepares `sql`; each call binds its arguments to ?1, ?2, … in order and runs it.
  // An empty std::optional binds NULL (optional references, figures the 三定 does not give).
  class Insert {
   public:
    // A statement that does not prepare or run throws DatabaseError (sqlite_statement.h).
    Insert(Connection& c, const char* sql) : statement_(c.get(), sql) {}
    template <typename... Values>
    void operator()(const Values&... values) {
      int index = 0;
      (bind(++index, values), ...);
      statement_.run();
    }

   private:
    void bind(int i, std::string_view v) { statement_.bind(i, v); }
    void bind(int i, const std::string& v) { statement_.bind(i, std::string_view(v)); }
    void bind(int i, const char* v) { statement_.bind(i, std::string_view(v)); }
    void bind(int i, long long v) { statement_.bind(i, v); }
    void bind(int i, int v) { statement_.bind(i, static_cast<long long>(v)); }
    void bind(int i, std::size_t v) { statement_.bind(i, static_cast<long long>(v)); }
    template <typename T>
    void bind(int i, const std::optional<T>& v) {
      if (v) bind(i, *v);
      else statement_.bind_null(i);
    }

    Statement statement_;
  };

 private:
  sqlite3* db_ = nullptr;
};

using Insert = Connection::Insert;

std::optional<std::string> optional_id(const std::string& id) {
  return id.empty() ? std::nullopt : std::optional<std::string>(id);
}
std::optional<long long> optional_figure(int value) {
  return value < 0 ? std::nullopt : std::optional<long long>(value);
}

void insert_meta(Connection& db, const Dataset& dataset) {
  Insert insert(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
  insert("name", dataset.name);
  insert("title", dataset.title);
  insert("data_date", dataset.data_date);
  insert("division_code", dataset.division_code);
  insert("sample", dataset.sample ? "1" : "0");
  // The lists' publication dates (职责体检's 清单未按年公布, core/audit/staleness.h): meta rows,
  // so a bundle without them is as before and the schema is unchanged.
  for (const auto& [list, date] : dataset.lists_published) insert("list_published:" + list, date);
  for (const TaskList& l : dataset.task_lists) {
    if (!l.published.empty()) insert("list_published:tasks/" + l.id, l.published);
  }
}

void insert_categories(Connection& db) {
  Insert insert(db, "INSERT INTO categories(code, name, sort) VALUES (?1, ?2, ?3)");
  int sort = 0;
  for (const auto& category : body_categories()) insert(category.code, category.name, sort++);
}

void insert_bodies(Connection& db, const Dataset& dataset) {
  Insert insert(db, "INSERT INTO bodies VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
  int sort = 0;  // the publisher's order in bodies.json is the display order
  for (const Body& b : dataset.bodies) {
    insert(b.id, b.name, b.short_name, b.category, b.rank, optional_id(b.parent_id), b.uscc,
           b.division_code, optional_id(b.host_id), b.institution_class, sort++);
  }
}

void insert_contacts(Connection& db, const Dataset& dataset) {
  Insert contact(db, "INSERT INTO contacts VALUES (?1,?2,?3,?4,?5)");
  Insert phone(db, "INSERT INTO contact_phones VALUES (?1,?2,?3,?4)");
  for (const Contact& c : dataset.contacts) {
    contact(c.body_id, c.address, c.hours, c.website, c.service_hall);
    for (std::size_t i = 0; i < c.phones.size(); ++i) {
      phone(c.body_id, i, c.phones[i].label, c.phones[i].number);
    }
  }
}

void insert_documents(Connection& db, const Dataset& dataset) {
  Insert document(db, "INSERT INTO documents VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  Insert change(db, "INSERT INTO document_changes VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  int sort = 0;
  for (const Document& d : dataset.documents) {
    document(d.doc_no, d.title, d.issuer, d.kind, d.issued, d.effective, d.text, sort++);
    int seq = 0;
    for (const DutyChange& c : d.changes) {
      change(d.doc_no, seq++, change_action_code(c.action), c.body_id, c.clause_key, c.text,
             optional_id(c.to_body_id), c.as_key);
    }
  }
}

void insert_sandings(Connection& db, const Dataset& dataset) {
  std::map<std::string, std::string> effective;
  for (const Document& d : dataset.documents) effective[d.doc_no] = d.effective;
  Insert sanding(db, "INSERT INTO sandings VALUES (?1,?2,?3,?4,?5,?6,?7)");
  Insert text(db, "INSERT INTO sanding_texts VALUES (?1,?2,?3,?4,?5)");
  Insert division(db, "INSERT INTO internal_divisions VALUES (?1,?2,?3,?4)");
  Insert division_duty(db, "INSERT INTO internal_division_duties VALUES (?1,?2,?3,?4,?5)");
  Insert leader(db, "INSERT INTO leader_posts VALUES (?1,?2,?3,?4,?5)");
  Insert boundary(db, "INSERT INTO boundaries VALUES (?1,?2,?3,?4)");
  Insert boundary_body(db, "INSERT OR IGNORE INTO boundary_bodies VALUES (?1,?2,?3,?4)");
  for (const Sanding& s : dataset.sandings) {
    const Staffing& st = s.staffing;
    sanding(s.body_id, s.doc_no, effective[s.doc_no], s.setup, optional_figure(st.administrative),
            optional_figure(st.career), optional_figure(st.service));
    for (std::size_t i = 0; i < s.transformation.size(); ++i) {
      text(s.body_id, s.doc_no, "transformation", i, s.transformation[i]);
    }
    for (std::size_t i = 0; i < s.divisions.size(); ++i) {
      division(s.body_id, s.doc_no, i, s.divisions[i].name);
      for (std::size_t k = 0; k < s.divisions[i].duties.size(); ++k) {
        division_duty(s.body_id, s.doc_no, i, k, s.divisions[i].duties[k]);
      }
    }
    for (std::size_t i = 0; i < st.leaders.size(); ++i) {
      leader(s.body_id, s.doc_no, i, st.leaders[i].title, st.leaders[i].count);
    }
    for (std::size_t i = 0; i < s.boundaries.size(); ++i) {
      boundary(s.body_id, s.doc_no, i, s.boundaries[i].text);
      for (const auto& other : s.boundaries[i].with_body_ids) {
        boundary_body(s.body_id, s.doc_no, i, other);
      }
    }
  }
}

void insert_clause_versions(Connection& db, const DutyHistory& history) {
  Insert insert(db, "INSERT INTO clause_versions VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
  for (const ClauseVersion& v : history.versions) {
    insert(v.body_id, v.key, v.position, v.text, v.valid_from, v.valid_to, v.opened_by,
           opened_how_code(v.opened_how), v.closed_by, closed_how_code(v.closed_how), v.from_body_id,
           v.to_body_id);
  }
}

void insert_lists(Connection& db, const Dataset& dataset) {
  Insert power(db, "INSERT INTO powers VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
  int sort = 0;
  for (const PowerItem& p : dataset.powers) {
    power(p.code, p.name, p.sub_name, p.type, p.body_id, p.basis,
          optional_id(p.responsible_body_id), p.service_unit, p.time_limit, p.fee_basis,
          nlohmann::json(p.extra).dump(), sort++);
  }
  Insert responsibility(db, "INSERT INTO responsibilities VALUES (?1,?2,?3,?4,?5,?6)");
  std::map<std::string, int> seq_per_power;
  for (const ResponsibilityItem& r : dataset.responsibilities) {
    responsibility(r.power_code, seq_per_power[r.power_code]++, r.stage, r.duty,
                   r.accountability, optional_id(r.body_id));
  }
  Insert list(db, "INSERT INTO task_lists VALUES (?1,?2,?3)");
  Insert task(db, "INSERT INTO tasks VALUES (?1,?2,?3,?4,?5)");
  Insert task_body(db, "INSERT OR IGNORE INTO task_bodies VALUES (?1,?2,?3)");
  sort = 0;
  for (const TaskList& l : dataset.task_lists) {
    list(l.id, l.name, sort++);
    for (std::size_t i = 0; i < l.items.size(); ++i) {
      task(l.id, i, l.items[i].number, l.items[i].task, l.items[i].basis);
      for (const auto& body : l.items[i].body_ids) task_body(l.id, i, body);
    }
  }
  Insert matter(db, "INSERT INTO division_matters VALUES (?1,?2,?3,?4)");
  Insert stage(db, "INSERT INTO division_stages VALUES (?1,?2,?3,?4)");
  Insert stage_body(db, "INSERT OR IGNORE INTO division_stage_bodies VALUES (?1,?2,?3,?4)");
  sort = 0;
  for (const DivisionMatter& m : dataset.division_matters) {
    matter(m.code, m.group, m.name, sort++);
    for (std::size_t i = 0; i < m.stages.size(); ++i) {
      stage(m.code, i, m.stages[i].stage, m.stages[i].basis);
      for (const auto& body : m.stages[i].lead_body_ids) stage_body(m.code, i, body, "lead");
      for (const auto& body : m.stages[i].cooperating_body_ids) {
        stage_body(m.code, i, body, "cooperate");
      }
    }
  }
}

void insert_search_words(Connection& db, const Dataset& dataset) {
  static const char* kTargetKinds[] = {"duty", "matter", "power"};
  Insert keyword(db, "INSERT OR IGNORE INTO keywords VALUES (?1,?2,?3)");
  for (const Keyword& k : dataset.keywords) {
    keyword(k.word, kTargetKinds[int(k.target_kind)], k.target);
  }
  Insert synonym(db, "INSERT OR IGNORE INTO synonyms VALUES (?1,?2)");
  for (const SynonymGroup& g : dataset.synonyms) {
    for (const auto& alternative : g.alternatives) synonym(g.word, alternative);
  }
}

// The general lexicon's lines in force, in order: readers build the search index with them.
void insert_lexicon(Connection& db, const std::vector<LexiconLine>& lexicon) {
  Insert line(db, "INSERT INTO lexicon VALUES (?1,?2,?3,?4)");
  long long seq = 0;
  for (const LexiconLine& l : lexicon) line(seq++, l.word, join(l.terms, kLexiconTermSeparator), l.topic);
}

std::uint64_t count_rows(Connection& db, const char* table) {
  Statement q(db.get(), (std::string("SELECT count(*) FROM ") + table).c_str());
  return q.step() ? std::uint64_t(q.integer(0)) : 0;
}

}  // namespace

DatabaseImage write_database_image(const Dataset& dataset, const DutyHistory& history,
                                   const std::vector<LexiconLine>& lexicon, SearchTables search) {
  Connection db;
  // Rollback journal in memory, no WAL: the image must be a self-contained database file.
  db.exec("PRAGMA page_size = 4096; PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON;");
  db.exec(bundle_schema_sql());
  db.exec("BEGIN");
  // A body may be listed before its parent or host: check references at COMMIT, not per row.
  db.exec("PRAGMA defer_foreign_keys = ON");
  insert_meta(db, dataset);
  insert_categories(db);
  insert_bodies(db, dataset);
  insert_contacts(db, dataset);
  insert_documents(db, dataset);
  insert_sandings(db, dataset);
  insert_clause_versions(db, history);
  insert_lists(db, dataset);
  insert_search_words(db, dataset);
  insert_lexicon(db, lexicon);
  // Built here as every reader will build it (the rows it counts, and a failure found now),
  // then dropped: since schema 5 the index is not in the bundle (search_index.h).
  std::string error;
  if (!build_search_index(db.get(), lexicon, &error)) throw std::runtime_error("search index: " + error);
  DatabaseImage image;
  for (const char* table : {"bodies", "contacts", "documents", "document_changes", "sandings",
                            "clause_versions", "internal_divisions", "powers", "responsibilities",
                            "task_lists", "tasks", "division_matters", "division_stages",
                            "keywords", "synonyms", "search"}) {
    image.counts[table] = count_rows(db, table);
  }
  if (search == SearchTables::kDrop) db.exec("DROP TABLE search_vocab; DROP TABLE search;");
  db.exec("COMMIT");
  db.exec("VACUUM");

  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db.get(), "main", &size, 0);
  if (!bytes) throw std::runtime_error("sqlite3_serialize failed");
  image.bytes.assign(bytes, bytes + size);
  sqlite3_free(bytes);
  return image;
}

}  // namespace dutyatlas::builder
