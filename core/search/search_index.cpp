// Building and querying the `search` FTS5 table (see search_index.h).
#include "core/search/search_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "core/base/sqlite_statement.h"
#include "core/search/tokenizer.h"
#include "core/base/utf8.h"

namespace dutyatlas {
namespace {

// How much a hit of each kind counts in search(), beside BM25: finding a body by name or a
// matter of the division-of-duties list says more than a word in a document's long text.
double kind_weight(std::string_view kind) {
  if (kind == "body") return 2.0;
  if (kind == "matter") return 1.6;
  if (kind == "duty") return 1.3;
  if (kind == "power") return 1.0;
  if (kind == "division") return 0.9;
  if (kind == "task") return 0.8;
  return 0.6;  // document
}

// BM25 column weights for search(), as FTS5's rank function: kind, ref, body_id (unindexed),
// title, text, keywords, owner. The owner
// (the body a duty or division belongs to, the list a task is on) counts a little, so
// "生态环境局 噪声" finds that body's noise duty, but far less than what the row itself says.
constexpr const char* kRank = "bm25(0, 0, 0, 8.0, 1.0, 6.0, 2.0)";

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
  Statement matters(db,
                    "SELECT m.code, m.name, m.group_name, ifnull(group_concat(s.stage || ' ' || "
                    "s.basis, ' '), '') FROM division_matters m LEFT JOIN division_stages s ON "
                    "s.code = m.code GROUP BY m.code ORDER BY m.sort");
  while (matters.step()) {
    rows.push_back({"matter", matters.text(0), "", matters.text(1),
                    matters.text(2) + " " + matters.text(3), words_for("matter", matters.text(0)), ""});
  }
  Statement powers(db,
                   "SELECT code, body_id, name || CASE WHEN sub_name = '' THEN '' ELSE ' ' || "
                   "sub_name END, type || ' ' || basis FROM powers ORDER BY sort");
  while (powers.step()) {
    rows.push_back({"power", powers.text(0), powers.text(1), powers.text(2), powers.text(3),
                    words_for("power", powers.text(0)), ""});
  }
  Statement tasks(db,
                  "SELECT t.list_id, t.seq, l.name, t.task, ifnull((SELECT min(tb.body_id) FROM "
                  "task_bodies tb WHERE tb.list_id = t.list_id AND tb.seq = t.seq), '') "
                  "FROM tasks t JOIN task_lists l ON l.id = t.list_id ORDER BY l.sort, t.seq");
  while (tasks.step()) {
    rows.push_back({"task", tasks.text(0) + "#" + tasks.text(1), tasks.text(4), "",
                    tasks.text(3), "", tasks.text(2)});
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

}  // namespace

bool build_search_index(sqlite3* db, std::string* error) {
  if (!register_fts5_tokenizer(db)) {
    *error = "cannot register the search tokenizer";
    return false;
  }
  if (!exec(db,
            "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, "
            "body_id UNINDEXED, title, text, keywords, owner, tokenize = 'dutyatlas')",
            error)) {
    return false;
  }
  // Which terms occur at all, and in how many rows: who_handles() asks only for those (a term
  // found nowhere costs FTS5's ranking as much as one found everywhere).
  if (!exec(db, "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search, 'row')", error)) {
    return false;
  }
  std::vector<Row> rows = gather_rows(db);
  expand_synonyms(db, &rows);
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

namespace {

// A row found by a MATCH, before its title and snippet are read.
struct RankedHit {
  long long rowid;
  SearchHit hit;  // kind, ref, body_id, score
};

// The best `limit` rows for a search: the first 4 × limit by BM25 with column weights, in
// FTS5's own rank order (which it sorts without reading a row's content), re-scored by kind
// weight and cut to `limit`. Kinds and category filter in SQL, before the LIMIT, so a kind chip
// never comes up short because other kinds filled it.
std::vector<RankedHit> rank_search_rows(const DutyDatabase& db, const std::string& match,
                                        const SearchOptions& options, int limit) {
  std::string kinds;
  for (std::size_t i = 0; i < options.kinds.size(); ++i) {
    kinds += (i ? ", ?" : "?") + std::to_string(i + 5);
  }
  std::string sql = std::string(
                        "SELECT s.rowid, s.kind, s.ref, s.body_id, s.rank FROM search s LEFT JOIN "
                        "bodies b ON b.id = s.body_id WHERE search MATCH ?1 AND s.rank MATCH ?2 "
                        "AND (?3 = '' OR b.category = ?3)") +
                    (kinds.empty() ? std::string() : " AND s.kind IN (" + kinds + ")") +
                    " ORDER BY s.rank LIMIT ?4";
  Statement q(db.handle(), sql.c_str());
  q.bind(1, match).bind(2, kRank).bind(3, options.category).bind(4, 4LL * limit);
  for (std::size_t i = 0; i < options.kinds.size(); ++i) q.bind(int(i) + 5, options.kinds[i]);
  std::vector<RankedHit> hits;
  while (q.step()) {
    SearchHit hit{q.text(1), q.text(2), q.text(3), "", "", 0};
    hit.score = -q.real(4) * kind_weight(hit.kind);
    hits.push_back({q.integer(0), std::move(hit)});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const RankedHit& a, const RankedHit& b) {
    return a.hit.score > b.hit.score;
  });
  if (hits.size() > std::size_t(limit)) hits.resize(std::size_t(limit));
  return hits;
}

// What a hit is called: a duty or a task by its owner (body, list), a division by both, any
// other row by its title.
constexpr const char* kHitTitle =
    "CASE WHEN title = '' THEN owner WHEN owner = '' THEN title ELSE owner || ' ' || title END";

// A snippet made here rather than by FTS5's snippet(), which evaluates the whole MATCH once
// more for every row it is asked about (for a common word, or a complaint's long OR query, that
// is most of a search's time): `chars` characters of `text` where most of `terms` (folded
// query tokens) occur, each occurrence wrapped in kMarkOpen … kMarkClose, "…" where the text
// goes on.
std::string snippet_of(const std::string& text, const std::set<std::string>& terms,
                       std::size_t chars_wanted) {
  const std::size_t kChars = chars_wanted, kBefore = chars_wanted / 5;
  std::vector<std::size_t> starts;  // byte offset of each code point, then text.size()
  for (std::size_t pos = 0; pos < text.size();) {
    starts.push_back(pos);
    next_code_point(text, &pos);
  }
  starts.push_back(text.size());
  auto index_of = [&](int byte) {
    return std::size_t(std::lower_bound(starts.begin(), starts.end(), std::size_t(byte)) -
                       starts.begin());
  };
  // Matched spans, in code points, merged where they overlap or touch (油烟 烟净 → 油烟净).
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const Token& t : tokenize(text, TokenizeMode::kDocument)) {
    if (!terms.count(t.text)) continue;
    std::size_t b = index_of(t.start), e = index_of(t.end);
    if (!spans.empty() && b <= spans.back().second) {
      spans.back().second = std::max(spans.back().second, e);
    } else {
      spans.push_back({b, e});
    }
  }
  std::size_t chars = starts.size() - 1, from = 0, best = 0;
  for (const auto& anchor : spans) {
    std::size_t begin = anchor.first > kBefore ? anchor.first - kBefore : 0;
    std::size_t covered = 0;
    for (const auto& s : spans) covered += s.first >= begin && s.second <= begin + kChars;
    if (covered > best) best = covered, from = begin;
  }
  std::size_t to = std::min(chars, from + kChars);
  if (to - from < kChars) from = to > kChars ? to - kChars : 0;
  std::string out = from > 0 ? "…" : "";
  std::size_t at = from;
  for (const auto& s : spans) {
    if (s.second <= from || s.first >= to) continue;
    std::size_t b = std::max(s.first, from), e = std::min(s.second, to);
    out.append(text, starts[at], starts[b] - starts[at]);
    out.append(kMarkOpen);
    out.append(text, starts[b], starts[e] - starts[b]);
    out.append(kMarkClose);
    at = e;
  }
  out.append(text, starts[at], starts[to] - starts[at]);
  if (to < chars) out += "…";
  return out;
}

// Title and snippet of the search hits shown, read only for them: a row by its rowid, without
// MATCH.
void add_search_details(const DutyDatabase& db, const std::set<std::string>& terms,
                        std::vector<RankedHit>* hits) {
  constexpr std::size_t kSnippetChars = 30;  // a line of context, not a word
  Statement q(db.handle(),
              (std::string("SELECT ") + kHitTitle + ", text FROM search WHERE rowid = ?1").c_str());
  for (RankedHit& h : *hits) {
    q.reset();
    q.bind(1, h.rowid);
    if (q.step()) {
      h.hit.title = q.text(0);
      h.hit.snippet = snippet_of(q.text(1), terms, kSnippetChars);
    }
  }
}

}  // namespace

std::vector<SearchHit> search(const DutyDatabase& db, std::string_view query,
                              const SearchOptions& options) {
  std::string match = build_match_expression(query);
  if (match.empty()) return {};
  std::vector<RankedHit> ranked = rank_search_rows(db, match, options, std::max(options.limit, 1));
  std::set<std::string> terms;
  for (const Token& t : tokenize(query, TokenizeMode::kQuery)) terms.insert(t.text);
  add_search_details(db, terms, &ranked);
  std::vector<SearchHit> hits;
  for (RankedHit& h : ranked) hits.push_back(std::move(h.hit));
  return hits;
}

std::vector<SearchCount> search_counts(const DutyDatabase& db, std::string_view query) {
  std::vector<SearchCount> counts;
  std::string match = build_match_expression(query);
  if (match.empty()) return counts;
  Statement q(db.handle(),
              "SELECT s.kind, ifnull(b.category, ''), count(*) FROM search s LEFT JOIN bodies b "
              "ON b.id = s.body_id WHERE search MATCH ?1 GROUP BY 1, 2 ORDER BY 1, 2");
  q.bind(1, match);
  while (q.step()) counts.push_back({q.text(0), q.text(1), int(q.integer(2))});
  return counts;
}

// ---------------------------------------------------------------------------------------------
// 谁来管
//
// A complaint is colloquial text, not a query: most of its words say who is speaking, where and
// when ("我们小区楼下每天晚上…"), a few say what is wrong. who_handles() therefore
//   1. asks for the complaint's bigrams minus filler (kFillerChars, kFillerBigrams), numbers
//      and lone characters, plus the publisher's one-character words it contains (吵, 臭, 狗);
//      a word said twice counts twice;
//   2. runs one OR query over the duties, matters, powers, divisions, tasks and bodies, with its
//      own column weights (a publisher's keyword is the best evidence of an everyday word; the
//      body a duty belongs to is no evidence at all) and kind weights (a matter of the 职责分工
//      清单 or a 主要职责 clause says more about "who" than one of hundreds of list items);
//   3. credits each hit to a body: a matter to every body it names — in full to the bodies that
//      lead its supervision or enforcement, in part to those that cooperate or only approve —
//      a hit on a body's name only when the complaint names that body, and a body without
//      duties of its own (a school, a 领导小组) passes its hit to its parent or host;
//   4. sums per body only its best three hits, with decreasing weight, so a body with hundreds
//      of loosely matching powers does not outrun the one whose duty matches squarely;
//   5. lowers the 属地 bodies (街道, 镇) the complaint does not name: all of them carry the same
//      duties, so unnamed they say nothing about which one, and the functional department that
//      answers for the matter ranks first. A street or town the complaint names keeps its score.
// Measured on tests/eval/complaints.json (run tests/eval/evaluate.mjs).
namespace {

// A complaint names at most a couple of hundred words worth asking for; beyond that the query
// only gets slower (every bigram of a 2,000-character paste is ~1,500 terms): the first
// kMaxComplaintTerms are asked for, and repeated ones twice while the query has fewer than
// kMaxComplaintPhrases phrases.
constexpr std::size_t kMaxComplaintTerms = 192;
constexpr std::size_t kMaxComplaintPhrases = 256;
// Rows ranked per complaint: far more than the few that decide, so that a body's second and
// third hits are there to count.
constexpr int kComplaintHits = 400;
constexpr std::size_t kEvidencePerBody = 5;
constexpr std::size_t kComplaintSnippetChars = 20;  // evidence lines are short: five per body

// bm25() column weights for complaints (kind, ref, body_id, title, text, keywords, owner), as
// FTS5's rank function. Keywords — the publisher's everyday words and the synonyms — outweigh
// a word of a clause's running text; the owner (every duty of 区市场监管局 carries the name)
// counts nothing, or a complaint that says 市场 would find every duty of that body.
constexpr const char* kComplaintRank = "bm25(0, 0, 0, 8.0, 1.0, 12.0, 0.0)";

// Kind weights for complaints.
double complaint_kind_weight(std::string_view kind) {
  if (kind == "matter") return 2.0;  // the 职责分工清单 exists to answer 谁来管
  if (kind == "duty") return 1.6;
  if (kind == "power") return 1.0;
  if (kind == "body") return 1.0;    // counted only when the complaint names the body
  if (kind == "task") return 0.8;
  if (kind == "division") return 0.3;  // repeats its body's duties, in shorter words
  return 0.0;
}

// How much a body's n-th best hit counts (n from 0); further hits count nothing.
constexpr double kHitWeights[] = {1.0, 0.5, 0.25};
// Share of a matter's score for a body that cooperates in it, or leads only its approval.
constexpr double kCooperateShare = 0.5;
// Share of a hit a body without duties of its own passes to its host or parent.
constexpr double kPassedUp = 0.6;
// Factor for a street or town the complaint does not name.
constexpr double kUnnamedLocality = 0.4;

// Characters that make a bigram filler whatever the other one is: particles and pronouns
// ("的烧" in 楼下的烧烤店, "我家", "他们", "好吗").
constexpr std::string_view kFillerChars[] = {"的", "了", "吗", "呢", "吧", "啊", "呀",
                                             "哦", "嘛", "么", "我", "你", "您", "他",
                                             "她", "它", "们", "咱", "啥"};

// Colloquial bigrams that say who, where, when or how upset, not what: hotline records are full
// of them, and each one that happens to occur in some duty drags an unrelated body up (小区 in
// 老旧小区改造, 社区 in 社区矫正, 投诉 in every 受理投诉举报).
constexpr std::string_view kFillerBigrams[] = {
    // who and where
    "小区", "楼下", "楼上", "隔壁", "对面", "附近", "旁边", "门口", "家里", "居民", "住户", "市民",
    "群众", "邻居", "大家", "人家", "老人", "孩子", "小孩", "公司", "老板", "店家", "商家", "店主",
    "社区", "街道", "单元", "号楼", "村里",
    "人民", "一楼", "二楼", "三楼", "四楼", "五楼", "六楼", "正对", "对着",
    // when
    "每天", "天天", "晚上", "早上", "中午", "下午", "上午", "白天", "半夜", "凌晨", "夜里", "今天",
    "昨天", "前天", "明天", "现在", "最近", "这几", "几天", "一天", "天了", "多月", "个月", "一年",
    "年了", "时候", "小时", "点多", "已经", "一直", "经常", "总是", "老是", "每次", "上周", "上个",
    "去年", "今年",
    // speaking to the hotline
    "来电", "电人", "请问", "你好", "您好", "投诉", "举报", "反映", "诉求", "希望", "要求", "请求",
    "麻烦", "帮忙", "谢谢", "相关", "有关", "部门", "政府", "领导", "处理", "解决", "核实", "尽快",
    "赶紧", "督促", "监管", "执法", "管管", "管一", "一管", "来管", "谁管", "没人", "人管", "不管", "管不", "谁来",
    "能不", "不能", "可以", "是不", "不是", "有没", "没有", "怎么", "什么", "为什", "到底", "问题",
    "情况", "事情", "这个", "那个", "这种", "这样", "一个", "几个", "好几", "一下", "知道", "不知",
    // how upset
    "严重", "非常", "特别", "太大", "很大", "好多", "很多", "根本", "实在", "真的", "简直", "受不",
    "不了", "得要", "要命", "死了", "烦死", "影响", "导致", "造成", "还是", "就是", "但是", "而且",
    "因为", "所以", "如果", "然后", "结果", "还有", "也不", "都不", "不到", "说是", "说了", "打了",
    "打电", "电话", "多次", "几次"};

bool is_filler(const std::string& token) {
  bool ascii = std::all_of(token.begin(), token.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    // Numbers are house numbers, dates, times and phone numbers; a word (KTV, LED) stays.
    return std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  for (std::string_view c : kFillerChars) {
    if (token.find(c) != std::string::npos) return true;
  }
  return std::find(std::begin(kFillerBigrams), std::end(kFillerBigrams), token) !=
         std::end(kFillerBigrams);
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < text.size(); ++n) next_code_point(text, &pos);
  return n;
}

// The one-character words the publisher lists as keywords or synonyms (狗, 吵, 臭). A complaint
// says them on their own ("太吵了", "臭得要命"), where its bigrams (太吵, 臭得) find nothing, so
// each one the complaint contains is asked for by itself: the index holds every single
// character of a text, and rows that contain a synonym of such a word carry the word itself.
std::vector<std::string> single_character_words(const DutyDatabase& db) {
  std::vector<std::string> words;
  Statement q(db.handle(),
              "SELECT word FROM synonyms WHERE length(word) = 1 UNION "
              "SELECT alternative FROM synonyms WHERE length(alternative) = 1 UNION "
              "SELECT word FROM keywords WHERE length(word) = 1");
  while (q.step()) {
    std::string w = fold_text(q.text(0));
    // ASCII letters would match inside words; only ideographs are words on their own.
    if (!w.empty() && static_cast<unsigned char>(w[0]) >= 0x80 && !is_filler(w)) words.push_back(w);
  }
  return words;
}

struct BodyMeta {
  std::string name, short_name, category, parent, host;
  bool has_duties = false;  // publishes 主要职责 or list items of its own
};

std::map<std::string, BodyMeta> body_meta(const DutyDatabase& db) {
  std::map<std::string, BodyMeta> meta;
  Statement q(db.handle(),
              "SELECT id, name, short_name, category, ifnull(parent_id, ''), ifnull(host_id, '') "
              "FROM bodies");
  while (q.step()) meta[q.text(0)] = {q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), false};
  Statement with_duties(db.handle(),
                        "SELECT DISTINCT body_id FROM clause_versions UNION "
                        "SELECT DISTINCT body_id FROM powers");
  while (with_duties.step()) {
    auto it = meta.find(with_duties.text(0));
    if (it != meta.end()) it->second.has_duties = true;
  }
  return meta;
}

// Who a matter of the 职责分工清单 names: body id → role ("lead" if it leads some stage, else
// "cooperate") and the share of the matter's score it gets. A complaint is about what goes on,
// so a body that leads supervision or enforcement (监管, 执法) gets it in full; one that only
// cooperates, or leads only the approval (审批) of a matter whose later stages others lead,
// gets kCooperateShare: the 谁来管 of 燃放烟花爆竹 is who enforces the ban, not who licenses the
// shop.
struct MatterRole {
  std::string role;
  double share = 0;
};

// Every matter's roles: matter code → body id → role.
std::map<std::string, std::map<std::string, MatterRole>> matter_roles(const DutyDatabase& db) {
  std::map<std::string, std::map<std::string, MatterRole>> roles;
  Statement q(db.handle(),
              "SELECT b.code, b.body_id, b.role, s.stage, (SELECT count(*) FROM division_stages o "
              "WHERE o.code = b.code AND o.stage != s.stage) FROM division_stage_bodies b JOIN "
              "division_stages s ON s.code = b.code AND s.seq = b.stage_seq");
  while (q.step()) {
    MatterRole& r = roles[q.text(0)][q.text(1)];
    bool lead = q.text(2) == "lead";
    bool approval_only = q.text(3) == "审批" && q.integer(4) > 0;
    if (lead) r.role = "lead";
    else if (r.role.empty()) r.role = "cooperate";
    r.share = std::max(r.share, lead && !approval_only ? 1.0 : kCooperateShare);
  }
  return roles;
}

// What every complaint needs of the publication and no complaint changes, read at the first
// one and kept on the connection (a bundle is read-only): a hotline operator asks all day.
struct ComplaintContext {
  std::vector<std::string> single_character_words;
  std::map<std::string, BodyMeta> bodies;
  std::map<std::string, std::map<std::string, MatterRole>> matter_roles;  // by matter code
};

const ComplaintContext& complaint_context(const DutyDatabase& db, ComplaintContext* fallback) {
  constexpr const char* kName = "dutyatlas.complaint_context";
  sqlite3* handle = db.handle();
  if (void* found = sqlite3_get_clientdata(handle, kName)) {
    return *static_cast<ComplaintContext*>(found);
  }
  auto* context = new ComplaintContext{single_character_words(db), body_meta(db), matter_roles(db)};
  // On failure SQLite calls the destructor itself: then this call works on a copy.
  if (sqlite3_set_clientdata(handle, kName, context,
                             [](void* p) { delete static_cast<ComplaintContext*>(p); }) == SQLITE_OK) {
    return *context;
  }
  *fallback = ComplaintContext{single_character_words(db), body_meta(db), matter_roles(db)};
  return *fallback;
}

// The OR query for a complaint, and the (folded) terms it asks for.
struct ComplaintQuery {
  std::string match;
  std::set<std::string> terms;
};

ComplaintQuery complaint_query(const DutyDatabase& db, const ComplaintContext& context,
                               std::string_view complaint) {
  std::map<std::string, int> count;
  std::vector<std::string> order;
  for (const Token& t : tokenize(complaint, TokenizeMode::kQuery)) {
    // A lone character is one of a date (2025年3月) or a sentence (称：); only the publisher's
    // one-character words, below, are asked for on their own.
    if (static_cast<unsigned char>(t.text[0]) >= 0x80 && code_points(t.text) == 1) continue;
    if (is_filler(t.text)) continue;
    if (count[t.text]++ == 0) order.push_back(t.text);
  }
  std::string folded = fold_text(complaint);
  for (const std::string& w : context.single_character_words) {
    if (count.count(w)) continue;
    for (std::size_t at = folded.find(w); at != std::string::npos; at = folded.find(w, at + w.size())) {
      if (count[w]++ == 0) order.push_back(w);
    }
  }
  // Only the terms the index holds: most bigrams of colloquial text occur nowhere in duties and
  // lists, and each costs bm25() for every row the query finds (a 300-character complaint asks
  // for ~100 bigrams of which ~20 occur; without the rest it ranks twice as fast, the same way).
  Statement vocabulary(db.handle(), "SELECT 1 FROM search_vocab WHERE term = ?1");
  order.erase(std::remove_if(order.begin(), order.end(),
                             [&](const std::string& term) {
                               vocabulary.reset();
                               vocabulary.bind(1, term);
                               return !vocabulary.step();
                             }),
              order.end());
  if (order.size() > kMaxComplaintTerms) order.resize(kMaxComplaintTerms);
  ComplaintQuery query;
  std::size_t phrases = order.size();
  for (const std::string& term : order) {
    query.terms.insert(term);
    // FTS5's bm25() sums over the phrases of the query, so a phrase given twice counts twice:
    // a word the complaint says more than once weighs double (not more: a rant repeats itself).
    int times = count[term] >= 2 && phrases < kMaxComplaintPhrases ? 2 : 1;
    phrases += std::size_t(times - 1);
    for (int i = 0; i < times; ++i) {
      if (!query.match.empty()) query.match += " OR ";
      query.match += "\"" + term + "\"";  // tokens never contain '"' (it separates them)
    }
  }
  return query;
}

// The best kComplaintHits rows for a complaint, each scored -bm25 × kind weight, best first.
// The rows come in FTS5's own rank order, which it sorts without reading a row's content: for
// a complaint that matches a thousand rows, twice as fast as ordering by an SQL expression.
std::vector<RankedHit> rank_complaint_rows(const DutyDatabase& db, const std::string& match) {
  Statement q(db.handle(),
              "SELECT rowid, kind, ref, body_id, rank FROM search WHERE search MATCH ?1 AND "
              "rank MATCH ?2 AND kind IN ('duty', 'matter', 'power', 'division', 'task', 'body') "
              "ORDER BY rank LIMIT ?3");
  q.bind(1, match).bind(2, kComplaintRank).bind(3, (long long)kComplaintHits);
  std::vector<RankedHit> hits;
  while (q.step()) {
    SearchHit hit{q.text(1), q.text(2), q.text(3), "", "", 0};
    hit.score = -q.real(4) * complaint_kind_weight(hit.kind);
    hits.push_back({q.integer(0), std::move(hit)});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const RankedHit& a, const RankedHit& b) {
    return a.hit.score > b.hit.score;
  });
  return hits;
}

void add_complaint_details(const DutyDatabase& db, const std::set<std::string>& terms,
                           RankedHit* h) {
  Statement q(db.handle(),
              (std::string("SELECT ") + kHitTitle + ", text FROM search WHERE rowid = ?1").c_str());
  q.bind(1, h->rowid);
  if (q.step()) {
    h->hit.title = q.text(0);
    h->hit.snippet = snippet_of(q.text(1), terms, kComplaintSnippetChars);
  }
}

// Whether the (folded) complaint names the body: its name, its short name, or its short name
// without the district's leading 区 (人民医院 for 区人民医院) occurs in it. Names of one
// character never count.
bool names_body(const std::string& folded, const BodyMeta& b) {
  auto has = [&](std::string_view n) {
    return code_points(n) >= 2 && folded.find(fold_text(n)) != std::string::npos;
  };
  if (has(b.name) || has(b.short_name)) return true;
  const std::string_view qu = "区";
  std::string_view rest = b.short_name;
  if (rest.substr(0, qu.size()) != qu) return false;
  rest.remove_prefix(qu.size());
  return code_points(rest) >= 3 && has(rest);
}

void add_source(const DutyDatabase& db, WhoEvidence* e) {
  if (e->hit.kind != "duty") return;
  std::size_t hash = e->hit.ref.find('#');
  if (hash == std::string::npos) return;
  Statement q(db.handle(),
              "SELECT c.opened_by, d.title FROM clause_versions c JOIN documents d ON "
              "d.doc_no = c.opened_by WHERE c.body_id = ?1 AND c.key = ?2 AND c.valid_to = '' "
              "ORDER BY c.valid_from DESC LIMIT 1");
  std::string_view ref = e->hit.ref;
  q.bind(1, ref.substr(0, hash)).bind(2, ref.substr(hash + 1));
  if (q.step()) e->doc_no = q.text(0), e->doc_title = q.text(1);
}

}  // namespace

std::vector<WhoCandidate> who_handles(const DutyDatabase& db, std::string_view complaint,
                                      int top) {
  if (top <= 0) return {};
  ComplaintContext fallback;
  const ComplaintContext& context = complaint_context(db, &fallback);
  ComplaintQuery query = complaint_query(db, context, complaint);
  if (query.match.empty()) return {};
  std::vector<RankedHit> hits = rank_complaint_rows(db, query.match);
  if (hits.empty()) return {};

  const std::map<std::string, BodyMeta>& meta = context.bodies;
  std::string folded = fold_text(complaint);
  std::set<std::string> named;
  for (const auto& [id, b] : meta) {
    if (names_body(folded, b)) named.insert(id);
  }
  // The body that answers for a hit on `id`: itself, or the host or parent it works through.
  auto answerable = [&](const std::string& id, double* factor) {
    std::string current = id;
    for (int depth = 0; depth < 3; ++depth) {
      auto it = meta.find(current);
      if (it == meta.end() || it->second.has_duties) break;
      const std::string& up = !it->second.host.empty() ? it->second.host : it->second.parent;
      if (up.empty()) break;
      current = up;
      *factor *= kPassedUp;
    }
    return current;
  };

  struct Credit {
    double score;
    std::size_t hit;  // index into hits
    std::string role;
  };
  std::map<std::string, std::vector<Credit>> credits;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const SearchHit& hit = hits[i].hit;
    // A row found only by its owner's name (市场 in every duty of 区市场监管局) scores nothing.
    if (hit.score <= 0) continue;
    if (hit.kind == "matter") {
      auto roles = context.matter_roles.find(hit.ref);
      if (roles == context.matter_roles.end()) continue;
      for (const auto& [body_id, role] : roles->second) {
        credits[body_id].push_back({hit.score * role.share, i, role.role});
      }
      continue;
    }
    if (hit.body_id.empty()) continue;
    // A body's name shares words with the complaint's place names (东示 in 东示小学 and in
    // 东示街道): it is evidence only when the complaint names that very body.
    if (hit.kind == "body" && !named.count(hit.body_id)) continue;
    double factor = 1.0;
    std::string body_id = answerable(hit.body_id, &factor);
    credits[body_id].push_back({hit.score * factor, i, ""});
  }

  struct Ranked {
    WhoCandidate candidate;
    std::vector<Credit> evidence;
  };
  std::vector<Ranked> ranked;
  for (auto& [body_id, list] : credits) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Credit& a, const Credit& b) { return a.score > b.score; });
    Ranked r;
    WhoCandidate& c = r.candidate;
    c.body_id = body_id;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i < std::size(kHitWeights)) c.score += list[i].score * kHitWeights[i];
      const std::string& role = list[i].role;
      if (role == "lead" || (role == "cooperate" && c.role.empty())) c.role = role;
      if (r.evidence.size() < kEvidencePerBody) r.evidence.push_back(list[i]);
    }
    auto it = meta.find(body_id);
    if (it != meta.end() && it->second.category == "street" && !named.count(body_id)) {
      c.score *= kUnnamedLocality;
    }
    ranked.push_back(std::move(r));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.candidate.score > b.candidate.score;
  });
  if (ranked.size() > std::size_t(top)) ranked.resize(std::size_t(top));

  // Titles, snippets and documents only for the evidence shown.
  std::vector<bool> detailed(hits.size(), false);
  std::vector<WhoCandidate> out;
  for (Ranked& r : ranked) {
    WhoCandidate& c = r.candidate;
    auto it = meta.find(c.body_id);
    if (it != meta.end()) c.name = it->second.name;
    for (const Credit& credit : r.evidence) {
      if (!detailed[credit.hit]) add_complaint_details(db, query.terms, &hits[credit.hit]);
      detailed[credit.hit] = true;
      WhoEvidence e{hits[credit.hit].hit, credit.role, "", ""};
      add_source(db, &e);
      c.evidence.push_back(std::move(e));
    }
    out.push_back(std::move(c));
  }
  return out;
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
