// Building the `search` FTS5 table and `search_vocab` (see search_index.h): the rows gathered
// from the publication's tables, the synonyms added to their keywords, one segment written.
#include "core/search/search_index.h"
#include "core/search/search_lexicon.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "core/base/sqlite_statement.h"
#include "core/base/text.h"
#include "core/lists/list_loader.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

bool exec(sqlite3* db, const char* sql, std::string* error) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
  *error = message ? message : "SQLite error";
  sqlite3_free(message);
  return false;
}

// The rows to index, gathered from the publication's tables.
struct Row {
  std::string kind, ref, body_id, title, text, keywords, owner;
};

std::vector<Row> gather_rows(sqlite3* db) {
  std::vector<Row> rows;
  std::string data_date;
  {
    Statement q(db, "SELECT value FROM meta WHERE key = 'data_date'");
    if (q.step()) data_date = q.text(0);
  }
  std::map<std::string, std::string> keywords;  // "kind:target" → words
  {
    Statement q(db, "SELECT target_kind, target, word FROM keywords ORDER BY word");
    while (q.step()) keywords[q.text(0) + ":" + q.text(1)] += q.text(2) + " ";
  }
  auto words_for = [&](const std::string& kind, const std::string& target) {
    auto it = keywords.find(kind + ":" + target);
    return it == keywords.end() ? std::string() : it->second;
  };

  Statement bodies(db,
                   "SELECT b.id, b.name, b.short_name, ifnull((SELECT s.setup FROM sandings s "
                   "WHERE s.body_id = b.id ORDER BY s.effective DESC LIMIT 1), '') "
                   "FROM bodies b ORDER BY b.sort");
  while (bodies.step()) {
    rows.push_back({"body", bodies.text(0), bodies.text(0), bodies.text(1),
                    bodies.text(2) + " " + bodies.text(3), "", ""});
  }
  Statement duties(db,
                   "SELECT c.body_id, c.key, b.short_name, c.text FROM clause_versions c "
                   "JOIN bodies b ON b.id = c.body_id WHERE c.valid_from <= ?1 AND "
                   "(c.valid_to = '' OR c.valid_to > ?1) ORDER BY c.body_id, c.position");
  duties.bind(1, data_date);
  while (duties.step()) {
    std::string ref = duties.text(0) + "#" + duties.text(1);
    rows.push_back({"duty", ref, duties.text(0), "", duties.text(3), words_for("duty", ref),
                    duties.text(2)});
  }
  // 内设机构 of each body's latest 三定.
  Statement divisions(db,
                      "SELECT d.body_id, d.seq, d.name, b.short_name, "
                      "ifnull(group_concat(dd.text, ' '), '') FROM internal_divisions d "
                      "JOIN bodies b ON b.id = d.body_id "
                      "LEFT JOIN internal_division_duties dd ON dd.body_id = d.body_id AND "
                      "dd.doc_no = d.doc_no AND dd.division_seq = d.seq "
                      "WHERE d.doc_no = (SELECT s.doc_no FROM sandings s WHERE s.body_id = d.body_id "
                      "ORDER BY s.effective DESC LIMIT 1) GROUP BY d.body_id, d.seq "
                      "ORDER BY d.body_id, d.seq");
  while (divisions.step()) {
    rows.push_back({"division", divisions.text(0) + "#" + divisions.text(1), divisions.text(0),
                    divisions.text(2), divisions.text(4), "", divisions.text(3)});
  }
  for (const StoredDivisionMatter& stored : read_division_matters(db)) {
    const DivisionMatter& m = stored.matter;
    std::vector<std::string> stages;
    for (const DivisionStage& stage : m.stages) stages.push_back(stage.stage + " " + stage.basis);
    rows.push_back({"matter", m.code, "", m.name, m.group + " " + join(stages, " "),
                    words_for("matter", m.code), ""});
  }
  // Powers in published order: the loader visits them in 事项编码 order.
  std::vector<StoredPower> powers;
  for_each_power(db, [&](const StoredPower& row) { powers.push_back(row); });
  std::sort(powers.begin(), powers.end(),
            [](const StoredPower& a, const StoredPower& b) { return a.sort < b.sort; });
  for (const StoredPower& stored : powers) {
    const PowerItem& p = stored.power;
    rows.push_back({"power", p.code, p.body_id, p.sub_name.empty() ? p.name : p.name + " " + p.sub_name,
                    p.type + " " + p.basis, words_for("power", p.code), ""});
  }
  for (const StoredTaskList& stored : read_task_lists(db)) {
    for (std::size_t i = 0; i < stored.list.items.size(); ++i) {
      const TaskItem& task = stored.list.items[i];
      const std::string first_body = task.body_ids.empty() ? "" : task.body_ids.front();
      rows.push_back({"task", stored.list.id + "#" + std::to_string(stored.seqs[i]), first_body, "",
                      task.task, "", stored.list.name});
    }
  }
  Statement documents(db, "SELECT doc_no, doc_no || ' ' || title, text FROM documents ORDER BY sort");
  while (documents.step()) {
    rows.push_back({"document", documents.text(0), "", documents.text(1), documents.text(2), "", ""});
  }
  return rows;
}

// Adds to each row's keywords the other words of every synonym group one of whose words the
// row contains, so any word of the group finds it.
void expand_synonyms(sqlite3* db, std::vector<Row>* rows) {
  std::map<std::string, std::set<std::string>> groups;
  Statement q(db, "SELECT word, alternative FROM synonyms ORDER BY word, alternative");
  while (q.step()) {
    groups[q.text(0)].insert(q.text(0));
    groups[q.text(0)].insert(q.text(1));
  }
  for (Row& row : *rows) {
    std::string haystack = row.title + " " + row.text + " " + row.keywords;
    std::string added;
    for (const auto& [word, members] : groups) {
      bool present = std::any_of(members.begin(), members.end(), [&](const std::string& m) {
        return !m.empty() && haystack.find(m) != std::string::npos;
      });
      if (!present) continue;
      for (const auto& m : members) {
        if (haystack.find(m) == std::string::npos) added += m + " ";
      }
    }
    row.keywords += added;
  }
}

// Adds to each row's keywords the everyday word of every lexicon line one of whose terms the
// row holds (and the word not yet): the caller's 油烟 finds the clause on 餐饮油烟.
void expand_lexicon(const std::vector<LexiconLine>& lexicon, std::vector<Row>* rows) {
  for (Row& row : *rows) {
    if (row.kind == "document") continue;  // 谁来管 never asks documents; the search box keeps their words
    std::string haystack = row.title + " " + row.text + " " + row.keywords;
    std::string added;
    for (const LexiconLine& line : lexicon) {
      if (haystack.find(line.word) != std::string::npos) continue;
      bool present = std::any_of(line.terms.begin(), line.terms.end(), [&](const std::string& t) {
        return !t.empty() && haystack.find(t) != std::string::npos;
      });
      if (present) added += line.word + " ";
    }
    row.keywords += added;
  }
}

}  // namespace

bool create_search_tables(sqlite3* db, std::string* error) {
  if (!exec(db,
            "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, "
            "body_id UNINDEXED, title, text, keywords, owner, tokenize = 'dutyatlas')",
            error)) {
    return false;
  }
  // Which terms occur at all, and in how many rows: who_handles() asks only for those (a term
  // found nowhere costs FTS5's ranking as much as one found everywhere).
  return exec(db, "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search, 'row')", error);
}

bool build_search_index(sqlite3* db, std::string* error) { return build_search_index(db, {}, error); }

bool build_search_index(sqlite3* db, const std::vector<LexiconLine>& lexicon, std::string* error) {
  if (!register_fts5_tokenizer(db)) {
    *error = "cannot register the search tokenizer";
    return false;
  }
  if (!create_search_tables(db, error)) return false;
  std::vector<Row> rows = gather_rows(db);
  expand_synonyms(db, &rows);
  expand_lexicon(lexicon, &rows);
  Statement insert(db, "INSERT INTO search VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  for (const Row& r : rows) {
    insert.bind(1, r.kind).bind(2, r.ref).bind(3, r.body_id).bind(4, r.title).bind(5, r.text);
    insert.bind(6, r.keywords).bind(7, r.owner);
    if (!insert.run()) {
      *error = sqlite3_errmsg(db);
      return false;
    }
  }
  // One segment: smaller, and as fast to query as it gets.
  return exec(db, "INSERT INTO search(search) VALUES ('optimize')", error);
}

}  // namespace dutyatlas
