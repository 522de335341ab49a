// Overlap finders (see overlaps.h).
#include "core/audit/overlaps.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "core/base/sqlite_statement.h"
#include "core/duties/term_weights.h"

namespace dutyatlas {
namespace {

// What may settle an overlap of two bodies: 职责分工 matters and 三定 boundaries, each with the
// bodies it names and its text as terms.
class Settlements {
 public:
  Settlements(const AuditContext& context, const TermWeights& weights) : weights_(weights) {
    sqlite3* db = context.db.handle();
    Statement m(db, "SELECT m.code, m.name, group_concat(DISTINCT sb.body_id) FROM division_matters m "
                    "JOIN division_stage_bodies sb ON sb.code = m.code GROUP BY m.code ORDER BY m.sort");
    while (m.step()) {
      add("职责分工清单 " + m.text(0) + " " + m.text(1), m.text(1), split(m.text(2)), true);
    }
    Statement b(db, "SELECT b.body_id, b.doc_no, b.seq, b.text, group_concat(bb.other_body_id) "
                    "FROM boundaries b JOIN boundary_bodies bb ON bb.body_id = b.body_id AND "
                    "bb.doc_no = b.doc_no AND bb.boundary_seq = b.seq "
                    "GROUP BY b.body_id, b.doc_no, b.seq");
    while (b.step()) {
      std::set<std::string> bodies = split(b.text(4));
      bodies.insert(b.text(0));
      add(context.name(b.text(0)) + "三定 " + b.text(1) + " 职责分工第" +
              std::to_string(b.integer(2) + 1) + "条",
          b.text(3), bodies, false);
    }
  }

  // The reference of the first entry naming both bodies that speaks of what they share
  // (`shared`: the uncommon bigrams the two pieces of evidence have in common); '' if none. A
  // matter's name is short, so most of its own weight must be among the shared terms (餐饮油烟污染
  // in two clauses on 餐饮服务单位油烟污染); a boundary is long, so it must carry most of the
  // shared weight (a boundary on 施工噪声 does not settle 扬尘).
  std::string settle(const std::string& a, const std::string& b,
                     const std::vector<std::string>& shared) const {
    double shared_weight = 0;
    for (const auto& bigram : shared) shared_weight += weights_.weight(bigram);
    auto of_a = by_body_.find(a);
    if (of_a == by_body_.end()) return {};
    for (std::size_t index : of_a->second) {
      const Entry& e = entries_[index];
      if (!e.bodies.count(b)) continue;
      double carried = 0;
      for (const auto& bigram : shared) carried += e.terms.has(bigram) ? weights_.weight(bigram) : 0;
      double whole = e.is_matter ? e.uncommon_weight : shared_weight;
      if (whole > 0 && carried >= kSettledShare * whole) return e.reference;
    }
    return {};
  }

 private:
  struct Entry {
    std::string reference;
    TermProfile terms;
    std::set<std::string> bodies;
    bool is_matter;
    double uncommon_weight;  // of its own uncommon bigrams
  };
  static constexpr double kSettledShare = 0.5;
  static std::set<std::string> split(const std::string& list) {
    std::set<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
      std::size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) out.insert(list.substr(start, comma - start));
      start = comma + 1;
    }
    return out;
  }
  void add(std::string reference, const std::string& text, std::set<std::string> bodies, bool is_matter) {
    TermProfile terms = weights_.profile(text);
    double uncommon = 0;
    for (const auto& t : terms.terms) uncommon += weights_.common(t.bigram) ? 0 : t.weight;
    for (const auto& body : bodies) by_body_[body].push_back(entries_.size());
    entries_.push_back({std::move(reference), std::move(terms), std::move(bodies), is_matter, uncommon});
  }
  const TermWeights& weights_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_body_;  // body → its entries, in order
};

// The uncommon bigrams two profiles share: what a settlement must speak of.
std::vector<std::string> uncommon_shared(const TermWeights& weights, const TermProfile& a,
                                         const TermProfile& b) {
  std::vector<std::string> out;
  for (const auto& term : a.terms) {
    if (!weights.common(term.bigram) && b.has(term.bigram)) out.push_back(term.bigram);
  }
  return out;
}

struct Clause {
  std::string body_id, key, text;
  TermProfile terms;  // of the matter words only (matter_words)
};

// A clause's words that can name a matter: a catch-all clause (兜底条款: 承担…交办的其他任务,
// 法律法规规定的其他职责) names none, and a quoted slogan (“管行业必须管安全…”) is the same in
// every body that cites it — blanked, so they neither pair clauses nor count as shared.
std::string matter_words(const std::string& text) {
  if (text.find("其他任务") != std::string::npos || text.find("其他职责") != std::string::npos) return {};
  static const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";  // “ ”
  std::string out = text;
  for (std::size_t open = out.find(kOpen); open != std::string::npos; open = out.find(kOpen, open + 1)) {
    std::size_t close = out.find(kClose, open);
    if (close == std::string::npos) break;
    out.replace(open, close + kClose.size() - open, "，");
  }
  return out;
}

}  // namespace

void find_overlaps(const AuditContext& context, std::vector<AuditFinding>* out) {
  // The clauses in force, every one (a template clause in forty bodies is forty documents).
  std::vector<std::array<std::string, 3>> rows;  // body, key, text
  std::vector<std::string> texts;
  Statement q(context.db.handle(),
              "SELECT body_id, key, text FROM clause_versions WHERE valid_from <= ?1 AND "
              "(valid_to = '' OR valid_to > ?1) ORDER BY body_id, position");
  q.bind(1, context.data_date);
  while (q.step()) {
    texts.push_back(q.text(2));
    rows.push_back({q.text(0), q.text(1), q.text(2)});
  }
  // Weighted over the clauses in force, each as often as bodies hold it: the question is what
  // few bodies' duties say, so 交办的其他任务 and 贯彻执行…方针政策和法律法规 — the same words in
  // every body's 三定 — weigh nothing, though they are one text among the distinct ones the
  // comparison's weights count (clause_term_weights).
  const TermWeights weights(texts);
  Settlements settlements(context, weights);
  // Template words: a bigram in the clauses of an eighth of the bodies or more (at least 3) is
  // the wording every 三定 shares (贯彻执行国家、省、市…方针政策和法律法规，拟订全区…规划并组织实施),
  // not a matter: it neither proposes a pair nor counts towards the shared weight.
  std::vector<Clause> all;
  all.reserve(rows.size());
  struct Holders {
    int last_body = -1;
    std::size_t bodies = 0;
  };
  std::unordered_map<std::string, Holders> holders;
  int body_number = -1;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i == 0 || rows[i][0] != rows[i - 1][0]) ++body_number;  // rows come by body
    all.push_back({rows[i][0], rows[i][1], rows[i][2], weights.profile(matter_words(rows[i][2]))});
    for (const auto& term : all.back().terms.terms) {
      Holders& h = holders[term.bigram];
      if (h.last_body != body_number) h = {body_number, h.bodies + 1};
    }
  }
  const std::size_t template_bodies = std::max<std::size_t>(3, std::size_t(body_number + 1) / 8);
  auto distinctive = [&](const std::string& bigram) {
    auto it = holders.find(bigram);
    return !weights.common(bigram) && (it == holders.end() || it->second.bodies < template_bodies);
  };
  std::vector<Clause> clauses;
  for (auto& clause : all) {
    if (context.in_scope(clause.body_id)) clauses.push_back(std::move(clause));
  }
  // Each distinctive bigram → the clauses holding it; a clause probes with its kProbeTerms
  // heaviest: a pair is compared when one clause's probes are held by the other. Two clauses about one matter share
  // their rarest words; probing with all would compare each clause with every holder of a
  // middling word (at synth --scale 20, hundreds each).
  constexpr std::size_t kProbeTerms = 6;
  std::vector<std::vector<std::string>> probes(clauses.size());
  std::unordered_map<std::string, std::vector<int>> postings;
  for (int i = 0; i < int(clauses.size()); ++i) {
    std::vector<const TermProfile::Term*> terms;
    for (const auto& term : clauses[std::size_t(i)].terms.terms) {
      if (distinctive(term.bigram)) terms.push_back(&term);
    }
    std::sort(terms.begin(), terms.end(), [](const TermProfile::Term* x, const TermProfile::Term* y) {
      return x->weight != y->weight ? x->weight > y->weight : x->bigram < y->bigram;
    });
    for (std::size_t k = 0; k < terms.size(); ++k) {
      if (k < kProbeTerms) probes[std::size_t(i)].push_back(terms[k]->bigram);
      postings[terms[k]->bigram].push_back(i);
    }
  }
  // Whether clause `from`'s probes reach clause `to` (then the pair was met from `from`).
  auto reaches = [&](int from, int to) {
    for (const auto& probe : probes[std::size_t(from)]) {
      if (clauses[std::size_t(to)].terms.has(probe)) return true;
    }
    return false;
  };
  std::vector<int> seen(clauses.size(), -1);
  for (int i = 0; i < int(clauses.size()); ++i) {
    for (const auto& probe : probes[std::size_t(i)]) {
      auto it = postings.find(probe);
      if (it == postings.end()) continue;
      for (int j : it->second) {
        if (j == i || seen[std::size_t(j)] == i) continue;
        seen[std::size_t(j)] = i;
        if (j < i && reaches(j, i)) continue;  // met already, from j
        // The earlier clause first, whichever side met the pair: a stable report.
        const Clause& a = clauses[std::size_t(std::min(i, j))];
        const Clause& b = clauses[std::size_t(std::max(i, j))];
        if (b.body_id == a.body_id || context.related(a.body_id, b.body_id)) continue;
        double similarity = term_similarity(a.terms, b.terms);
        if (similarity < context.options.overlap_threshold) continue;
        std::vector<std::string> shared = uncommon_shared(weights, a.terms, b.terms);
        double shared_weight = 0;
        for (const auto& bigram : shared) shared_weight += distinctive(bigram) ? weights.weight(bigram) : 0;
        if (shared_weight < context.options.overlap_min_weight) continue;
        AuditFinding f;
        f.kind = FindingKind::kOverlap;
        f.score = similarity;
        f.shared_terms = shared_terms(weights, a.terms, b.terms, 5);
        f.settled_by = settlements.settle(a.body_id, b.body_id, shared);
        std::string terms;
        for (const auto& t : f.shared_terms) terms += (terms.empty() ? "" : "、") + t;
        f.summary = context.name(a.body_id) + "与" + context.name(b.body_id) + "的职责可能交叉" +
                    (terms.empty() ? "" : "（共同要点：" + terms + "）");
        f.refs.push_back(context.body_ref(a.body_id, a.key, a.text, sanding_file(a.body_id)));
        f.refs.push_back(context.body_ref(b.body_id, b.key, b.text, sanding_file(b.body_id)));
        out->push_back(std::move(f));
      }
    }
  }
}

void find_shared_powers(const AuditContext& context, std::vector<AuditFinding>* out) {
  const TermWeights& weights = clause_term_weights(context.db);
  Settlements settlements(context, weights);
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_name;  // → (body, code)
  Statement q(context.db.handle(), "SELECT name, body_id, code FROM powers ORDER BY sort");
  while (q.step()) {
    if (context.in_scope(q.text(1))) by_name[q.text(0)].push_back({q.text(1), q.text(2)});
  }
  for (const auto& [name, holders] : by_name) {
    std::set<std::string> bodies;
    for (const auto& h : holders) bodies.insert(h.first);
    // A department's power also held by the towns it was delegated to (赋权) is a 属地
    // arrangement: a shared power needs two holders, not towns, not related to each other.
    std::vector<std::string> others;
    for (const auto& body : bodies) {
      auto info = context.bodies.find(body);
      if (info == context.bodies.end() || info->second.category != "street") others.push_back(body);
    }
    bool unrelated = false;
    for (std::size_t i = 0; i < others.size() && !unrelated; ++i) {
      for (std::size_t j = i + 1; j < others.size() && !unrelated; ++j) {
        unrelated = !context.related(others[i], others[j]);
      }
    }
    if (!unrelated) continue;
    AuditFinding f;
    f.kind = FindingKind::kSharedPower;
    f.score = double(bodies.size());
    TermProfile terms = weights.profile(name);
    std::vector<std::string> uncommon;
    for (const auto& t : terms.terms) {
      if (!weights.common(t.bigram)) uncommon.push_back(t.bigram);
    }
    // Settled only when every pair of holders is.
    std::vector<std::string> ids(bodies.begin(), bodies.end());
    std::string settled;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      for (std::size_t j = i + 1; j < ids.size(); ++j) {
        std::string s = settlements.settle(ids[i], ids[j], uncommon);
        if (s.empty()) {
          settled.clear();
          i = ids.size();
          break;
        }
        if (settled.empty()) settled = s;
      }
    }
    f.settled_by = settled;
    f.summary = "权力事项“" + name + "”由" + std::to_string(bodies.size()) + "个机构同时列入权力清单";
    std::set<std::string> listed;
    for (const auto& [body, code] : holders) {
      if (listed.insert(body).second) f.refs.push_back(context.body_ref(body, code, name, "lists/powers.csv"));
    }
    out->push_back(std::move(f));
  }
}

}  // namespace dutyatlas
