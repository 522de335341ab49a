// Distinctive-term weights over a publication's duty clauses: which words of a clause say what
// it is about. A term is a character bigram (the search tokenizer's query mode, tokenizer.h);
// its weight is its inverse document frequency over the clauses, so 河道采砂 or 特种设备 (in few
// clauses) count far more than 负责, 组织 or 监督管理 (in most). On top of the weights: the
// similarity of two clauses, how much of one clause another covers, and the shared terms as
// the reader's words (共同要点: 河道采砂、许可).
//
// Used by 新旧对照 (duty_compare.h: pairing clauses across a rewritten 三定, 疑似划转) and meant
// for the 职责体检 overlap finder; not a search ranking (search.h uses FTS5's bm25).
//
// Cost: building reads every distinct clause text once (the demo: ~3,500 texts, a few ms);
// a profile is one tokenization. Weights are immutable after construction.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dutyatlas {

class DutyDatabase;

// One clause as terms: each distinct bigram once, with its weight, and the byte ranges where it
// occurs in the text (for naming shared terms).
struct TermProfile {
  std::string text;
  struct Term {
    std::string bigram;
    double weight = 0;
    std::vector<std::pair<int, int>> at;  // [start, end) byte offsets in text
  };
  std::vector<Term> terms;  // in order of first occurrence
  double total = 0;         // sum of the weights
  std::vector<std::string> sorted;  // the bigrams, sorted: has() is a binary search
  bool has(std::string_view bigram) const;
};

class TermWeights {
 public:
  // Each text is one document (duplicates count once per occurrence: pass distinct texts).
  explicit TermWeights(const std::vector<std::string>& clauses);
  // The same with each distinct text counted `counts[i]` times, tokenized once: for weights over
  // clauses as often as bodies hold them (职责体检) without tokenizing each copy.
  TermWeights(const std::vector<std::string>& texts, const std::vector<int>& counts);

  // log((N + 1) / df): a bigram in every clause weighs ~0, one in a single clause of the
  // demo's ~3,500 about 8. A bigram in none of the clauses weighs as if in one.
  double weight(std::string_view bigram) const;
  // Whether a bigram is common: in more than √N of the N clauses (and in three or more) —
  // 负责, 管理, 贯彻 … (the demo: > 59 of ~3,500; a 60-clause district: > 7).
  bool common(std::string_view bigram) const;
  std::size_t clause_count() const { return clauses_; }

  TermProfile profile(std::string_view text) const;

 private:
  std::unordered_map<std::string, int> df_;
  std::size_t clauses_ = 0;
};

// Whether a bigram holds a joining character (的, 和, 与, 及, 并, 、): 试的 in 人事考试的组织实施,
// 和党 in 党员队伍建设和党员 are seams between words, not terms, however rare.
bool holds_joiner(std::string_view bigram);

// Weighted Dice: 2·w(A∩B) / (w(A) + w(B)), in [0, 1].
double term_similarity(const TermProfile& a, const TermProfile& b);
// The share of `whole`'s weight that `part` shares with it: w(whole ∩ part) / w(whole).
double term_coverage(const TermProfile& whole, const TermProfile& part);
// The distinctive terms a and b share, as runs of a's text: consecutive shared bigrams that are
// not common, joined (河道 道采 采砂 read 河道采砂; a common bigram such as 管理 ends a run);
// weightiest first, distinct, at most `limit`. Whole words as far as bigrams tell: a run ending
// inside a common word both share takes the word whole (员的联络服 → 委员的联络服务), one ending
// inside a word the other lacks drops the half (责河道 → 河道); joining characters (的, 和, 与,
// 及, 并) are trimmed from the ends and single characters left out.
std::vector<std::string> shared_terms(const TermWeights& weights, const TermProfile& a,
                                      const TermProfile& b, std::size_t limit = 3);

// The weights over every distinct clause text of a publication (clause_versions), built once
// per open database and kept (keyed by the connection and a fingerprint of the clause texts, so
// a database opened later at the same address gets its own): building them costs ~15 ms on the
// demo, a comparison then well under that.
const TermWeights& clause_term_weights(const DutyDatabase& db);

}  // namespace dutyatlas
