// Building the `search` FTS5 table and `search_vocab` (see search_index.h): the rows gathered
// from the publication's tables, the synonyms and lexicon words added to their keywords, the
// rows inserted (in slices, for the client), one segment written.
#include "core/search/search_index.h"
#include "core/search/search_lexicon.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "core/base/sqlite_statement.h"
#include "core/base/text.h"
#include "core/lists/list_loader.h"
#include "core/search/substring_set.h"
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

// The rows to index, read from the publication's tables a part at a time (next()): the client
// reads them over several frames instead of in one long one.
class RowGatherer {
 public:
  explicit RowGatherer(sqlite3* db) : db_(db) {}

  // Appends the next part's rows to *rows; false once every part has been read.
  bool next(std::vector<Row>* rows) {
    switch (part_++) {
      case 0: read_keywords(); return true;
      case 1: read_bodies_and_duties(*rows); return true;
      case 2: read_divisions_and_matters(*rows); return true;
      case 3: read_powers(*rows); return true;
      case 4: read_tasks_and_documents(*rows); return true;
      default: return false;
    }
  }

 private:
  void read_keywords() {
    Statement date(db_, "SELECT value FROM meta WHERE key = 'data_date'");
    if (date.step()) data_date_ = date.text(0);
    Statement q(db_, "SELECT target_kind, target, word FROM keywords ORDER BY word");
    while (q.step()) keywords_[q.text(0) + ":" + q.text(1)] += q.text(2) + " ";
  }
  std::string words_for(const std::string& kind, const std::string& target) const {
    auto it = keywords_.find(kind + ":" + target);
    return it == keywords_.end() ? std::string() : it->second;
  }
  void read_bodies_and_duties(std::vector<Row>& rows) {
    Statement bodies(db_,
                     "SELECT b.id, b.name, b.short_name, ifnull((SELECT s.setup FROM sandings s "
                     "WHERE s.body_id = b.id ORDER BY s.effective DESC LIMIT 1), '') "
                     "FROM bodies b ORDER BY b.sort");
    while (bodies.step()) {
      rows.push_back({"body", bodies.text(0), bodies.text(0), bodies.text(1),
                      bodies.text(2) + " " + bodies.text(3), "", ""});
    }
    Statement duties(db_,
                     "SELECT c.body_id, c.key, b.short_name, c.text FROM clause_versions c "
                     "JOIN bodies b ON b.id = c.body_id WHERE c.valid_from <= ?1 AND "
                     "(c.valid_to = '' OR c.valid_to > ?1) ORDER BY c.body_id, c.position");
    duties.bind(1, data_date_);
    while (duties.step()) {
      std::string ref = duties.text(0) + "#" + duties.text(1);
      rows.push_back({"duty", ref, duties.text(0), "", duties.text(3), words_for("duty", ref),
                      duties.text(2)});
    }
  }
  void read_divisions_and_matters(std::vector<Row>& rows) {
    // 内设机构 of each body's latest 三定.
    Statement divisions(db_,
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
    for (const StoredDivisionMatter& stored : read_division_matters(db_)) {
      const DivisionMatter& m = stored.matter;
      std::vector<std::string> stages;
      for (const DivisionStage& stage : m.stages) stages.push_back(stage.stage + " " + stage.basis);
      rows.push_back({"matter", m.code, "", m.name, m.group + " " + join(stages, " "),
                      words_for("matter", m.code), ""});
    }
  }
  void read_powers(std::vector<Row>& rows) {
    // Powers in published order: the loader visits them in 事项编码 order.
    std::vector<StoredPower> powers;
    for_each_power(db_, [&](const StoredPower& row) { powers.push_back(row); });
    std::sort(powers.begin(), powers.end(),
              [](const StoredPower& a, const StoredPower& b) { return a.sort < b.sort; });
    for (const StoredPower& stored : powers) {
      const PowerItem& p = stored.power;
      rows.push_back({"power", p.code, p.body_id, p.sub_name.empty() ? p.name : p.name + " " + p.sub_name,
                      p.type + " " + p.basis, words_for("power", p.code), ""});
    }
  }
  void read_tasks_and_documents(std::vector<Row>& rows) {
    for (const StoredTaskList& stored : read_task_lists(db_)) {
      for (std::size_t i = 0; i < stored.list.items.size(); ++i) {
        const TaskItem& task = stored.list.items[i];
        const std::string first_body = task.body_ids.empty() ? "" : task.body_ids.front();
        rows.push_back({"task", stored.list.id + "#" + std::to_string(stored.seqs[i]), first_body, "",
                        task.task, "", stored.list.name});
      }
    }
    Statement documents(db_, "SELECT doc_no, doc_no || ' ' || title, text FROM documents ORDER BY sort");
    while (documents.step()) {
      rows.push_back({"document", documents.text(0), "", documents.text(1), documents.text(2), "", ""});
    }
  }

  sqlite3* db_;
  int part_ = 0;
  std::string data_date_;
  std::map<std::string, std::string> keywords_;  // "kind:target" → words
};

// Adds to each row's keywords the other words of every synonym group one of whose words the
// row contains, so any word of the group finds it; then the everyday word of every lexicon line
// one of whose terms the row holds (and the word not yet): the caller's 油烟 finds the clause on
// 餐饮油烟. Which words a row holds: one SubstringSet scan per row and table (substring_set.h),
// the same answers as std::string::find for each word.
class RowExpander {
 public:
  RowExpander(sqlite3* db, const std::vector<LexiconLine>& lexicon) {
    std::map<std::string, std::set<std::string>> groups;
    Statement q(db, "SELECT word, alternative FROM synonyms ORDER BY word, alternative");
    while (q.step()) {
      groups[q.text(0)].insert(q.text(0));
      groups[q.text(0)].insert(q.text(1));
    }
    for (const auto& [word, members] : groups) {
      Group group;
      for (const std::string& m : members) group.members.push_back({m, synonym_words_.add(m)});
      groups_.push_back(std::move(group));
    }
    for (const LexiconLine& line : lexicon) {
      Line l{line.word, lexicon_words_.add(line.word), {}};
      for (const std::string& t : line.terms) {
        if (!t.empty()) l.terms.push_back(lexicon_words_.add(t));
      }
      lines_.push_back(std::move(l));
    }
  }

  void expand(Row* row) {
    if (!groups_.empty()) {
      synonym_words_.scan(row->title + " " + row->text + " " + row->keywords);
      std::string added;
      for (const Group& group : groups_) {
        bool present = std::any_of(group.members.begin(), group.members.end(), [&](const Member& m) {
          return !m.word.empty() && synonym_words_.contains(m.id);
        });
        if (!present) continue;
        for (const Member& m : group.members) {
          if (!synonym_words_.contains(m.id)) added += m.word + " ";
        }
      }
      row->keywords += added;
    }
    if (row->kind == "document" || lines_.empty()) return;  // 谁来管 never asks documents
    lexicon_words_.scan(row->title + " " + row->text + " " + row->keywords);
    std::string added;
    for (const Line& line : lines_) {
      if (lexicon_words_.contains(line.id)) continue;
      bool present = std::any_of(line.terms.begin(), line.terms.end(),
                                 [&](int t) { return lexicon_words_.contains(t); });
      if (present) added += line.word + " ";
    }
    row->keywords += added;
  }

 private:
  struct Member {
    std::string word;
    int id;
  };
  struct Group {
    std::vector<Member> members;  // in the order of std::set: the order words are added in
  };
  struct Line {
    std::string word;
    int id;
    std::vector<int> terms;  // the non-empty ones
  };
  SubstringSet synonym_words_, lexicon_words_;
  std::vector<Group> groups_;
  std::vector<Line> lines_;
};

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

std::vector<LexiconLine> read_lexicon_table(sqlite3* db) {
  std::vector<LexiconLine> lines;
  Statement q(db, "SELECT word, terms, topic FROM lexicon ORDER BY seq");
  while (q.step()) {
    LexiconLine line{q.text(0), {}, q.text(2)};
    const std::string terms = q.text(1);
    std::size_t from = 0;
    while (true) {
      std::size_t at = terms.find(kLexiconTermSeparator, from);
      line.terms.push_back(terms.substr(from, at == std::string::npos ? std::string::npos : at - from));
      if (at == std::string::npos) break;
      from = at + std::string_view(kLexiconTermSeparator).size();
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

struct SearchIndexBuilder::State {
  std::vector<Row> rows;
  std::unique_ptr<RowGatherer> gatherer;  // until every part is read
  std::vector<LexiconLine> lexicon;       // start()'s, when given
  bool lexicon_given = false;
  std::unique_ptr<RowExpander> expander;  // once the rows are read
};

SearchIndexBuilder::SearchIndexBuilder(sqlite3* db) : db_(db) {}
SearchIndexBuilder::~SearchIndexBuilder() = default;

bool SearchIndexBuilder::start(const std::vector<LexiconLine>* lexicon, std::string* error) {
  if (!register_fts5_tokenizer(db_)) {
    *error = "cannot register the search tokenizer";
    return false;
  }
  state_ = std::make_unique<State>();
  state_->gatherer = std::make_unique<RowGatherer>(db_);
  if (lexicon) state_->lexicon = *lexicon, state_->lexicon_given = true;
  // No merging while the rows go in, a step's transaction at a time: FTS5 would merge its small
  // segments as they pile up (automerge, and crisismerge at 16 on a level) inside whichever
  // step's COMMIT they happened to reach — the longest frames of the build. The merge at the end
  // (merge()) does all of it, in bounded pieces; then FTS5's defaults are restored.
  return create_search_tables(db_, error) &&
         exec(db_, "INSERT INTO search(search, rank) VALUES ('automerge', 0)", error) &&
         exec(db_, "INSERT INTO search(search, rank) VALUES ('crisismerge', 2000)", error);
}

std::size_t SearchIndexBuilder::rows() const { return state_ ? state_->rows.size() : 0; }

bool SearchIndexBuilder::prepare(std::size_t count) {
  State& state = *state_;
  if (state.gatherer) {
    if (count != 0 && state.gatherer->next(&state.rows)) return false;  // one part per step
    while (state.gatherer->next(&state.rows)) {
    }
    state.gatherer.reset();
  }
  if (!state.expander) {
    if (!state.lexicon_given) state.lexicon = read_lexicon_table(db_);
    state.expander = std::make_unique<RowExpander>(db_, state.lexicon);
    if (count != 0) return false;  // a step of its own
  }
  return true;
}

bool SearchIndexBuilder::merge(std::size_t count, std::string* error) {
  if (count == 0) {
    // One segment: smaller, and as fast to query as it gets.
    if (!exec(db_, "INSERT INTO search(search) VALUES ('optimize')", error)) return false;
  } else {
    // The same, kMergePages pages at a time: a negative 'merge' moves every segment to one level
    // and merges that many pages into one (FTS5's incremental optimize); no work done — fewer
    // than two changes — means one segment is left. The demo's index is ~60 ms of merging.
    static constexpr int kMergePages = 64;
    const int before = sqlite3_total_changes(db_);
    const std::string sql = "INSERT INTO search(search, rank) VALUES ('merge', -" + std::to_string(kMergePages) + ")";
    if (!exec(db_, sql.c_str(), error)) return false;
    if (sqlite3_total_changes(db_) - before >= 2) return true;
  }
  if (!exec(db_, "INSERT INTO search(search, rank) VALUES ('automerge', 4)", error) ||
      !exec(db_, "INSERT INTO search(search, rank) VALUES ('crisismerge', 16)", error)) {
    return false;
  }
  state_.reset();
  done_ = true;
  return true;
}

bool SearchIndexBuilder::step(std::size_t count, std::string* error) {
  if (done_) return true;
  if (!state_) {
    *error = "search index: start() failed or was not called";
    return false;
  }
  try {
    if (!prepare(count)) return true;
  } catch (const DatabaseError& e) {
    *error = e.what();
    return false;
  }
  std::vector<Row>& rows = state_->rows;
  if (next_ == rows.size()) return merge(count, error);
  const std::size_t end = count == 0 ? rows.size() : std::min(rows.size(), next_ + count);
  const bool own_transaction = sqlite3_get_autocommit(db_) != 0;
  if (own_transaction && !exec(db_, "BEGIN", error)) return false;
  try {
    Statement insert(db_, "INSERT INTO search VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (; next_ < end; ++next_) {
      Row& r = rows[next_];
      state_->expander->expand(&r);
      insert.bind(1, r.kind).bind(2, r.ref).bind(3, r.body_id).bind(4, r.title).bind(5, r.text);
      insert.bind(6, r.keywords).bind(7, r.owner);
      if (!insert.run()) {
        *error = sqlite3_errmsg(db_);
        if (own_transaction) exec(db_, "ROLLBACK", error);
        return false;
      }
      r = Row{};  // inserted: its text is FTS5's now
    }
  } catch (const DatabaseError& e) {
    *error = e.what();
    if (own_transaction) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
  }
  if (own_transaction && !exec(db_, "COMMIT", error)) return false;
  return true;
}

bool build_search_index(sqlite3* db, std::string* error) { return build_search_index(db, {}, error); }

bool build_search_index(sqlite3* db, const std::vector<LexiconLine>& lexicon, std::string* error) {
  SearchIndexBuilder builder(db);
  if (!builder.start(&lexicon, error)) return false;
  while (!builder.done()) {
    if (!builder.step(0, error)) return false;
  }
  return true;
}

}  // namespace dutyatlas
