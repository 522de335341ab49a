// Building and querying the `search` FTS5 table (see search_index.h).
#include "core/search_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/sqlite_statement.h"
#include "core/tokenizer.h"
#include "core/utf8.h"

namespace dutyatlas {
namespace {

// How much a hit of each kind counts, beside BM25: finding a body by name or a matter of the
// division-of-duties list says more about "who" than a word in a document's long text.
double kind_weight(std::string_view kind) {
  if (kind == "body") return 2.0;
  if (kind == "matter") return 1.6;
  if (kind == "duty") return 1.3;
  if (kind == "power") return 1.0;
  if (kind == "division") return 0.9;
  if (kind == "task") return 0.8;
  return 0.6;  // document
}

// BM25 column weights: kind, ref, body_id (unindexed), title, text, keywords.
constexpr const char* kRank = "bm25(search, 0, 0, 0, 8.0, 1.0, 6.0)";

bool exec(sqlite3* db, const char* sql, std::string* error) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
  *error = message ? message : "SQLite error";
  sqlite3_free(message);
  return false;
}

// The rows to index, gathered from the publication's tables.
struct Row {
  std::string kind, ref, body_id, title, text, keywords;
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
                    bodies.text(2) + " " + bodies.text(3), ""});
  }
  Statement duties(db,
                   "SELECT c.body_id, c.key, b.short_name, c.text FROM clause_versions c "
                   "JOIN bodies b ON b.id = c.body_id WHERE c.valid_from <= ?1 AND "
                   "(c.valid_to = '' OR c.valid_to > ?1) ORDER BY c.body_id, c.position");
  duties.bind(1, data_date);
  while (duties.step()) {
    std::string ref = duties.text(0) + "#" + duties.text(1);
    rows.push_back({"duty", ref, duties.text(0), duties.text(2), duties.text(3), words_for("duty", ref)});
  }
  // 内设机构 of each body's latest 三定.
  Statement divisions(db,
                      "SELECT d.body_id, d.seq, b.short_name || ' ' || d.name, "
                      "ifnull(group_concat(dd.text, ' '), '') FROM internal_divisions d "
                      "JOIN bodies b ON b.id = d.body_id "
                      "LEFT JOIN internal_division_duties dd ON dd.body_id = d.body_id AND "
                      "dd.doc_no = d.doc_no AND dd.division_seq = d.seq "
                      "WHERE d.doc_no = (SELECT s.doc_no FROM sandings s WHERE s.body_id = d.body_id "
                      "ORDER BY s.effective DESC LIMIT 1) GROUP BY d.body_id, d.seq "
                      "ORDER BY d.body_id, d.seq");
  while (divisions.step()) {
    rows.push_back({"division", divisions.text(0) + "#" + divisions.text(1), divisions.text(0),
                    divisions.text(2), divisions.text(3), ""});
  }
  Statement matters(db,
                    "SELECT m.code, m.name, m.group_name, ifnull(group_concat(s.stage || ' ' || "
                    "s.basis, ' '), '') FROM division_matters m LEFT JOIN division_stages s ON "
                    "s.code = m.code GROUP BY m.code ORDER BY m.sort");
  while (matters.step()) {
    rows.push_back({"matter", matters.text(0), "", matters.text(1),
                    matters.text(2) + " " + matters.text(3), words_for("matter", matters.text(0))});
  }
  Statement powers(db,
                   "SELECT code, body_id, name || CASE WHEN sub_name = '' THEN '' ELSE ' ' || "
                   "sub_name END, type || ' ' || basis FROM powers ORDER BY sort");
  while (powers.step()) {
    rows.push_back({"power", powers.text(0), powers.text(1), powers.text(2), powers.text(3),
                    words_for("power", powers.text(0))});
  }
  Statement tasks(db,
                  "SELECT t.list_id, t.seq, l.name, t.task, ifnull((SELECT min(tb.body_id) FROM "
                  "task_bodies tb WHERE tb.list_id = t.list_id AND tb.seq = t.seq), '') "
                  "FROM tasks t JOIN task_lists l ON l.id = t.list_id ORDER BY l.sort, t.seq");
  while (tasks.step()) {
    rows.push_back({"task", tasks.text(0) + "#" + tasks.text(1), tasks.text(4), tasks.text(2),
                    tasks.text(3), ""});
  }
  Statement documents(db, "SELECT doc_no, doc_no || ' ' || title, text FROM documents ORDER BY sort");
  while (documents.step()) {
    rows.push_back({"document", documents.text(0), "", documents.text(1), documents.text(2), ""});
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

}  // namespace

bool build_search_index(sqlite3* db, std::string* error) {
  if (!register_fts5_tokenizer(db)) {
    *error = "cannot register the search tokenizer";
    return false;
  }
  if (!exec(db,
            "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, "
            "body_id UNINDEXED, title, text, keywords, tokenize = 'dutyatlas')",
            error)) {
    return false;
  }
  std::vector<Row> rows = gather_rows(db);
  expand_synonyms(db, &rows);
  Statement insert(db, "INSERT INTO search VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (const Row& r : rows) {
    insert.bind(1, r.kind).bind(2, r.ref).bind(3, r.body_id).bind(4, r.title).bind(5, r.text);
    insert.bind(6, r.keywords);
    if (!insert.run()) {
      *error = sqlite3_errmsg(db);
      return false;
    }
  }
  // One segment: smaller, and as fast to query as it gets.
  return exec(db, "INSERT INTO search(search) VALUES ('optimize')", error);
}

namespace {

// Runs a MATCH expression; hits scored as -BM25 × kind weight, best first.
std::vector<SearchHit> run_match(const DutyDatabase& db, const std::string& match,
                                 const SearchOptions& options, int fetch) {
  std::vector<SearchHit> hits;
  std::string sql = std::string("SELECT s.kind, s.ref, s.body_id, s.title, snippet(search, 4, '") +
                    std::string(kMarkOpen) + "', '" + std::string(kMarkClose) + "', '…', 24), " +
                    kRank +
                    " FROM search s LEFT JOIN bodies b ON b.id = s.body_id "
                    "WHERE search MATCH ?1 AND (?2 = '' OR b.category = ?2) ORDER BY 6 LIMIT ?3";
  Statement q(db.handle(), sql.c_str());
  q.bind(1, match).bind(2, options.category).bind(3, (long long)fetch);
  while (q.step()) {
    SearchHit hit{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), 0};
    if (!options.kinds.empty() &&
        std::find(options.kinds.begin(), options.kinds.end(), hit.kind) == options.kinds.end()) {
      continue;
    }
    hit.score = -q.real(5) * kind_weight(hit.kind);
    hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  return hits;
}

}  // namespace

std::vector<SearchHit> search(const DutyDatabase& db, std::string_view query,
                              const SearchOptions& options) {
  std::string match = build_match_expression(query);
  if (match.empty()) return {};
  // Fetch more than asked: the kind weights reorder what BM25 ranked.
  int limit = std::max(options.limit, 1);
  std::vector<SearchHit> hits = run_match(db, match, options, limit * 4);
  if (hits.size() > std::size_t(limit)) hits.resize(std::size_t(limit));
  return hits;
}

namespace {

// A complaint names at most a few hundred distinct words worth asking for; beyond that the
// query only gets slower (every bigram of a 2,000-character paste is ~1,500 terms).
constexpr std::size_t kMaxComplaintTerms = 256;
constexpr int kComplaintHits = 200;
constexpr std::size_t kEvidencePerBody = 5;

std::string complaint_match(std::string_view complaint) {
  std::vector<Token> tokens = tokenize(complaint, TokenizeMode::kQuery);
  std::set<std::string> seen;
  std::string match;
  for (const Token& t : tokens) {
    if (seen.size() == kMaxComplaintTerms) break;
    if (!seen.insert(t.text).second) continue;
    if (!match.empty()) match += " OR ";
    match += "\"" + t.text + "\"";  // tokens never contain '"' (it separates them)
  }
  return match;
}

// Who a matter names, per stage: body id → "lead" or "cooperate" (lead wins).
std::map<std::string, std::string> matter_roles(const DutyDatabase& db, const std::string& code) {
  std::map<std::string, std::string> roles;
  Statement q(db.handle(), "SELECT body_id, role FROM division_stage_bodies WHERE code = ?1");
  q.bind(1, code);
  while (q.step()) {
    std::string& role = roles[q.text(0)];
    if (role != "lead") role = q.text(1);
  }
  return roles;
}

void add_source(const DutyDatabase& db, WhoEvidence* e) {
  if (e->hit.kind == "duty") {
    std::size_t hash = e->hit.ref.find('#');
    Statement q(db.handle(),
                "SELECT c.opened_by, d.title FROM clause_versions c JOIN documents d ON "
                "d.doc_no = c.opened_by WHERE c.body_id = ?1 AND c.key = ?2 AND c.valid_to = '' "
                "ORDER BY c.valid_from DESC LIMIT 1");
    q.bind(1, std::string_view(e->hit.ref).substr(0, hash)).bind(2, std::string_view(e->hit.ref).substr(hash + 1));
    if (q.step()) e->doc_no = q.text(0), e->doc_title = q.text(1);
  }
}

}  // namespace

std::vector<WhoCandidate> who_handles(const DutyDatabase& db, std::string_view complaint, int top) {
  std::string match = complaint_match(complaint);
  if (match.empty()) return {};
  SearchOptions options;
  options.kinds = {"duty", "matter", "power", "division", "task", "body"};
  std::vector<SearchHit> hits = run_match(db, match, options, kComplaintHits);

  std::map<std::string, WhoCandidate> by_body;
  auto credit = [&](const std::string& body_id, const SearchHit& hit, const std::string& role,
                    double factor) {
    WhoCandidate& c = by_body[body_id];
    c.body_id = body_id;
    // Diminishing returns: a body's fifth hit adds less than its first, so one body with many
    // loosely matching list items does not outrun the one whose duty matches squarely.
    double weight = factor / (1.0 + 0.5 * double(c.evidence.size()));
    c.score += hit.score * weight;
    if (role == "lead" || (role == "cooperate" && c.role.empty())) c.role = role;
    if (c.evidence.size() < kEvidencePerBody) c.evidence.push_back({hit, role, "", ""});
  };
  for (const SearchHit& hit : hits) {
    if (hit.kind == "matter") {
      for (const auto& [body_id, role] : matter_roles(db, hit.ref)) {
        credit(body_id, hit, role, role == "lead" ? 1.0 : 0.5);
      }
    } else if (!hit.body_id.empty()) {
      credit(hit.body_id, hit, "", 1.0);
    }
  }
  std::vector<WhoCandidate> ranked;
  for (auto& [id, candidate] : by_body) ranked.push_back(std::move(candidate));
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const WhoCandidate& a, const WhoCandidate& b) { return a.score > b.score; });
  if (ranked.size() > std::size_t(std::max(top, 0))) ranked.resize(std::size_t(std::max(top, 0)));
  for (WhoCandidate& c : ranked) {
    Statement name(db.handle(), "SELECT name FROM bodies WHERE id = ?1");
    name.bind(1, c.body_id);
    if (name.step()) c.name = name.text(0);
    for (WhoEvidence& e : c.evidence) add_source(db, &e);
  }
  return ranked;
}

std::string strip_marks(std::string_view snippet) {
  std::string out;
  out.reserve(snippet.size());
  for (std::size_t i = 0; i < snippet.size();) {
    if (snippet.substr(i, kMarkOpen.size()) == kMarkOpen) i += kMarkOpen.size();
    else if (snippet.substr(i, kMarkClose.size()) == kMarkClose) i += kMarkClose.size();
    else out.push_back(snippet[i++]);
  }
  return out;
}

}  // namespace dutyatlas
