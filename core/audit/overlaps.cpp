// Overlap finders (see overlaps.h).
#include "core/audit/overlaps.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "core/audit/overlap_groups.h"
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
    auto of_a = by_body_.find(a);
    if (of_a == by_body_.end()) return {};
    double shared_weight = -1;  // summed when an entry names both bodies (most pairs have none)
    for (std::size_t index : of_a->second) {
      const Entry& e = entries_[index];
      if (!e.bodies.count(b)) continue;
      if (shared_weight < 0) {
        shared_weight = 0;
        for (const auto& bigram : shared) shared_weight += weights_.weight(bigram);
      }
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

// A catch-all clause (兜底条款: 承担…交办的其他任务, 法律法规规定的其他职责) names no matter, and a
// quoted slogan (“管行业必须管安全…”) is the same in every body that cites it — blanked, so they
// neither pair clauses nor count as shared.
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

// A 三定 opens with its policy clause — 贯彻执行（贯彻落实）国家、省、市…的方针政策和法律法规（决策
// 部署），拟订全区…规划并组织实施 — first or second among its duties (市场监管 leads with 负责全区
// 市场综合监督管理 and says it in the same clause), naming the body's whole field in the words every
// 三定 uses: two of them share that wording, not a matter (the demo's 人社局 / 医保局, 公安 / 民政,
// 市场监管 / 应急 openings). Only there: a later clause with 贯彻 is about something in particular.
constexpr int kOpeningClauses = 2;
bool is_policy_opening(const std::string& text) {
  auto has = [&](const char* word) { return text.find(word) != std::string::npos; };
  return has("贯彻") && (has("方针政策") || has("决策部署"));
}

// The clauses in force and everything about them the pairing needs, computed once per distinct
// text: synth copies every 三定 twenty times and real districts repeat boilerplate, so a text
// is profiled, probed and scored once however many bodies hold it.
class OverlapScorer {
 public:
  struct Clause {
    std::string body_id, key;
    int text;      // index into texts_
    bool opening;  // the 三定's policy opening (is_policy_opening): never paired
  };

  explicit OverlapScorer(const AuditContext& context) : context_(context) {
    read_clauses();
    weights_ = std::make_unique<TermWeights>(distinct_texts(), text_counts());
    settlements_ = std::make_unique<Settlements>(context, *weights_);
    for (auto& t : texts_) t.terms = weights_->profile(matter_words(t.text));
    intern_terms();
    mark_template_words();
    choose_probes();
  }

  const std::vector<Clause>& clauses() const { return clauses_; }
  std::size_t text_count() const { return texts_.size(); }
  const std::vector<int>& holders_of_text(int text) const { return texts_[std::size_t(text)].clauses; }
  // The distinct texts holding a probe's term: the inverted index on distinctive terms.
  const std::vector<int>& texts_with(int term) const { return postings_[std::size_t(term)]; }
  const std::vector<int>& probes(int text) const { return texts_[std::size_t(text)].probes; }

  // Whether text `from`'s probes (its kProbeTerms heaviest distinctive bigrams) occur in `to`:
  // a pair of texts is compared when either reaches the other.
  bool reaches(int from, int to) const {
    const auto& terms = texts_[std::size_t(to)].term_ids;  // sorted
    for (int probe : texts_[std::size_t(from)].probes) {
      if (std::binary_search(terms.begin(), terms.end(), probe)) return true;
    }
    return false;
  }

  // Whether two texts match in either order (a clause pair takes the order of its clauses).
  bool may_overlap(int u, int v) { return match(u, v).overlap || match(v, u).overlap; }

  // The finding for clauses x and y (indices into clauses(), x < y: x is the first reference)
  // when they are of unrelated bodies, in scope, and their texts were compared and match.
  void add_if_overlap(int x, int y, std::vector<AuditFinding>* out) {
    // Not const: match() keeps each text pair's score.
    const Clause& a = clauses_[std::size_t(x)];
    const Clause& b = clauses_[std::size_t(y)];
    if (a.opening || b.opening) return;
    if (a.body_id == b.body_id || context_.related(a.body_id, b.body_id)) return;
    if (!context_.in_scope(a.body_id) || !context_.in_scope(b.body_id)) return;
    const Match& m = match(a.text, b.text);
    if (!m.overlap) return;
    // Built in place, each string once: at synth --scale 20 there are 120,000 of these.
    AuditFinding& f = out->emplace_back();
    f.kind = FindingKind::kOverlap;
    f.score = m.similarity;
    f.shared_terms = m.shared_terms;
    f.settled_by = settlements_->settle(a.body_id, b.body_id, m.shared);
    const std::string &name_a = context_.name_of(a.body_id), &name_b = context_.name_of(b.body_id);
    f.summary.reserve(name_a.size() + name_b.size() + m.joined_terms.size() + 64);
    f.summary.append(name_a).append("与").append(name_b).append("的职责可能交叉");
    if (!m.joined_terms.empty()) f.summary.append("（共同要点：").append(m.joined_terms).append("）");
    const std::string& text_a = texts_[std::size_t(a.text)].text;
    const std::string& text_b = texts_[std::size_t(b.text)].text;
    f.refs.reserve(2);
    f.refs.push_back(context_.body_ref(a.body_id, a.key, text_a, sanding_file(a.body_id)));
    f.refs.push_back(context_.body_ref(b.body_id, b.key, text_b, sanding_file(b.body_id)));
  }

 private:
  struct Text {
    std::string text;
    std::vector<int> clauses;  // the clauses holding it, in order
    TermProfile terms;         // of the matter words only (matter_words)
    std::vector<int> term_ids;  // its bigrams' ids, sorted
    std::vector<int> probes;    // its kProbeTerms heaviest distinctive bigrams' ids
  };
  // Two texts scored, in one order (a's terms first: the sums and shared_terms' runs follow a).
  struct Match {
    bool overlap = false;
    double similarity = 0;
    std::vector<std::string> shared;        // uncommon bigrams in common (what settles it)
    std::vector<std::string> shared_terms;  // the reader's words
    std::string joined_terms;               // shared_terms joined by 、
  };

  void read_clauses() {
    std::unordered_map<std::string, int> text_index;
    Statement q(context_.db.handle(),
                "SELECT body_id, key, text FROM clause_versions WHERE valid_from <= ?1 AND "
                "(valid_to = '' OR valid_to > ?1) ORDER BY body_id, position");
    q.bind(1, context_.data_date);
    int place_in_body = 0;  // the clause's place among its body's clauses in force
    while (q.step()) {
      if (clauses_.empty() || clauses_.back().body_id != q.text(0)) place_in_body = 0;
      const bool opening = place_in_body++ < kOpeningClauses && is_policy_opening(q.text(2));
      auto [it, fresh] = text_index.emplace(q.text(2), int(texts_.size()));
      if (fresh) texts_.push_back({q.text(2), {}, {}, {}, {}});
      texts_[std::size_t(it->second)].clauses.push_back(int(clauses_.size()));
      clauses_.push_back({q.text(0), q.text(1), it->second, opening});
    }
  }
  std::vector<std::string> distinct_texts() const {
    std::vector<std::string> out;
    for (const auto& t : texts_) out.push_back(t.text);
    return out;
  }
  std::vector<int> text_counts() const {
    std::vector<int> out;
    for (const auto& t : texts_) out.push_back(int(t.clauses.size()));
    return out;
  }

  // Bigrams as ids, so the per-clause counting below and the probes compare integers.
  void intern_terms() {
    for (auto& t : texts_) {
      for (const auto& term : t.terms.terms) {
        auto [it, fresh] = ids_.emplace(term.bigram, int(bigrams_.size()));
        if (fresh) bigrams_.push_back(term.bigram);
        t.term_ids.push_back(it->second);
      }
    }
  }

  // Template words: a bigram in the clauses of an eighth of the bodies or more (at least 3) is
  // the wording every 三定 shares (贯彻执行国家、省、市…方针政策和法律法规，拟订全区…规划并组织实施),
  // not a matter: it neither proposes a pair nor counts towards the shared weight. Counted over
  // every body, whatever the scope. Nor does a seam across a joining character (holds_joiner):
  // 人事考试的组织实施 and 法律职业资格考试的组织实施 share 考试 and the seam 试的, not a matter.
  void mark_template_words() {
    std::vector<int> last_body(bigrams_.size(), -1), bodies(bigrams_.size(), 0);
    int body_number = -1;
    for (std::size_t i = 0; i < clauses_.size(); ++i) {
      if (i == 0 || clauses_[i].body_id != clauses_[i - 1].body_id) ++body_number;  // rows come by body
      for (int id : texts_[std::size_t(clauses_[i].text)].term_ids) {
        if (last_body[std::size_t(id)] != body_number) last_body[std::size_t(id)] = body_number, ++bodies[std::size_t(id)];
      }
    }
    const int template_bodies = std::max(3, (body_number + 1) / 8);
    distinctive_.resize(bigrams_.size());
    for (std::size_t id = 0; id < bigrams_.size(); ++id) {
      distinctive_[id] = !weights_->common(bigrams_[id]) && bodies[id] < template_bodies &&
                         !holds_joiner(bigrams_[id]);
    }
  }

  // Each in-scope text probes with its kProbeTerms heaviest distinctive bigrams that some other
  // text also holds. Two clauses about one matter share their rarest words; probing with all
  // would compare each text with every holder of a middling word. A bigram no other text holds
  // can propose no pair: were it a probe, a clause whose rarest words are its own (虚假宣传 in
  // 市场监管's 校外培训 clause) would never meet the clause it shares 校外培训机构 with.
  void choose_probes() {
    static constexpr std::size_t kProbeTerms = 6;
    postings_.resize(bigrams_.size());
    std::vector<int> holders(bigrams_.size(), 0);  // distinct texts holding each bigram
    for (const Text& text : texts_) {
      for (int id : text.term_ids) ++holders[std::size_t(id)];
    }
    for (int t = 0; t < int(texts_.size()); ++t) {
      Text& text = texts_[std::size_t(t)];
      bool in_scope = false;
      for (int c : text.clauses) in_scope = in_scope || context_.in_scope(clauses_[std::size_t(c)].body_id);
      std::vector<std::size_t> terms;  // indices into text.terms.terms
      for (std::size_t k = 0; k < text.term_ids.size(); ++k) {
        const auto id = std::size_t(text.term_ids[k]);
        if (distinctive_[id] && holders[id] > 1) terms.push_back(k);
      }
      const auto& all = text.terms.terms;
      std::sort(terms.begin(), terms.end(), [&](std::size_t x, std::size_t y) {
        return all[x].weight != all[y].weight ? all[x].weight > all[y].weight : all[x].bigram < all[y].bigram;
      });
      if (in_scope) {
        for (std::size_t k = 0; k < terms.size(); ++k) {
          if (k < kProbeTerms) text.probes.push_back(text.term_ids[terms[k]]);
          postings_[std::size_t(text.term_ids[terms[k]])].push_back(t);
        }
      }
      std::sort(text.term_ids.begin(), text.term_ids.end());
    }
  }

  // Texts u and v scored in that order, once: identical clauses of twenty bodies are one score.
  const Match& match(int u, int v) {
    auto [it, fresh] = matches_.try_emplace((std::uint64_t(std::uint32_t(u)) << 32) | std::uint32_t(v));
    if (!fresh) return it->second;
    Match& m = it->second;
    const TermProfile& a = texts_[std::size_t(u)].terms;
    const TermProfile& b = texts_[std::size_t(v)].terms;
    m.similarity = term_similarity(a, b);
    if (m.similarity < context_.options.overlap_threshold) return m;
    m.shared = uncommon_shared(*weights_, a, b);
    double shared_weight = 0;
    for (const auto& bigram : m.shared) shared_weight += distinctive(bigram) ? weights_->weight(bigram) : 0;
    if (shared_weight < context_.options.overlap_min_weight) return m;
    m.overlap = true;
    m.shared_terms = shared_terms(*weights_, a, b, 5);
    for (const auto& t : m.shared_terms) m.joined_terms += (m.joined_terms.empty() ? "" : "、") + t;
    return m;
  }
  bool distinctive(const std::string& bigram) const {
    auto it = ids_.find(bigram);
    return it != ids_.end() && distinctive_[std::size_t(it->second)];
  }

  const AuditContext& context_;
  std::vector<Clause> clauses_;  // by body, then position
  std::vector<Text> texts_;      // distinct, in order of first holder
  std::unique_ptr<TermWeights> weights_;
  std::unique_ptr<Settlements> settlements_;
  std::vector<std::string> bigrams_;  // id → bigram
  std::unordered_map<std::string, int> ids_;  // bigram → id
  std::vector<char> distinctive_;     // id → neither common nor template wording
  std::vector<std::vector<int>> postings_;  // distinctive bigram id → in-scope texts holding it
  std::unordered_map<std::uint64_t, Match> matches_;
};

}  // namespace

void find_overlaps(const AuditContext& context, std::vector<AuditFinding>* out) {
  const std::size_t first = out->size();
  OverlapScorer scorer(context);
  // Text pairs met through the index, each once: from u's probes to v; a pair also reachable
  // from the earlier text was met there.
  std::vector<int> seen(scorer.text_count(), -1);
  std::vector<std::pair<int, int>> pairs;  // clause pairs, first < second
  for (int u = 0; u < int(scorer.text_count()); ++u) {
    for (int probe : scorer.probes(u)) {
      for (int v : scorer.texts_with(probe)) {
        if (seen[std::size_t(v)] == u) continue;
        seen[std::size_t(v)] = u;
        if (v < u && scorer.reaches(v, u)) continue;  // met already, from v
        if (!scorer.may_overlap(u, v)) continue;
        const auto& of_u = scorer.holders_of_text(u);
        const auto& of_v = scorer.holders_of_text(v);
        for (int x : of_u) {
          for (int y : of_v) {
            if (u == v && y <= x) continue;  // twins: each clause pair once
            pairs.push_back({std::min(x, y), std::max(x, y)});
          }
        }
      }
    }
  }
  // In clause order, as the report's ties were before texts were grouped.
  std::sort(pairs.begin(), pairs.end());
  out->reserve(out->size() + pairs.size());  // an upper bound: no reallocation of the findings
  for (auto [x, y] : pairs) scorer.add_if_overlap(x, y, out);
  group_overlaps(context, out, first);
}

void find_overlaps_every_pair(const AuditContext& context, std::vector<AuditFinding>* out) {
  const std::size_t first = out->size();
  OverlapScorer scorer(context);
  const auto& clauses = scorer.clauses();
  for (int x = 0; x < int(clauses.size()); ++x) {
    if (!context.in_scope(clauses[std::size_t(x)].body_id)) continue;
    for (int y = x + 1; y < int(clauses.size()); ++y) {
      int u = clauses[std::size_t(x)].text, v = clauses[std::size_t(y)].text;
      bool compared = scorer.reaches(u, v) || scorer.reaches(v, u);
      if (compared) scorer.add_if_overlap(x, y, out);
    }
  }
  group_overlaps(context, out, first);
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
