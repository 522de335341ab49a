// Distinctive-term weights (see term_weights.h).
#include "core/duties/term_weights.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_set>

#include "core/base/sqlite_statement.h"
#include "core/base/utf8.h"
#include "core/bundle/duty_database.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {

bool TermProfile::has(std::string_view bigram) const {
  return std::binary_search(sorted.begin(), sorted.end(), bigram);
}

TermWeights::TermWeights(const std::vector<std::string>& clauses)
    : TermWeights(clauses, std::vector<int>(clauses.size(), 1)) {}

TermWeights::TermWeights(const std::vector<std::string>& texts, const std::vector<int>& counts) {
  for (std::size_t i = 0; i < texts.size(); ++i) {
    clauses_ += std::size_t(counts[i]);
    std::unordered_set<std::string> seen;
    for (auto& token : tokenize(texts[i], TokenizeMode::kQuery)) {
      if (seen.insert(token.text).second) df_[token.text] += counts[i];
    }
  }
}

double TermWeights::weight(std::string_view bigram) const {
  auto it = df_.find(std::string(bigram));
  int df = it == df_.end() ? 1 : it->second;
  return std::log(double(clauses_ + 1) / double(df));
}

bool TermWeights::common(std::string_view bigram) const {
  auto it = df_.find(std::string(bigram));
  // A handful of clauses is too few to call anything common below three.
  return it != df_.end() && it->second > 2 && double(it->second) > std::sqrt(double(clauses_));
}

TermProfile TermWeights::profile(std::string_view text) const {
  TermProfile p;
  p.text = std::string(text);
  std::unordered_map<std::string, std::size_t> index;
  for (auto& token : tokenize(text, TokenizeMode::kQuery)) {
    auto [it, fresh] = index.emplace(token.text, p.terms.size());
    if (fresh) {
      double w = weight(token.text);
      p.terms.push_back({token.text, w, {}});
      p.total += w;
    }
    p.terms[it->second].at.push_back({token.start, token.end});
  }
  for (const auto& t : p.terms) p.sorted.push_back(t.bigram);
  std::sort(p.sorted.begin(), p.sorted.end());
  return p;
}

namespace {

double shared_weight(const TermProfile& a, const TermProfile& b) {
  double w = 0;
  for (const auto& t : a.terms) {
    if (b.has(t.bigram)) w += t.weight;
  }
  return w;
}

}  // namespace

double term_similarity(const TermProfile& a, const TermProfile& b) {
  double total = a.total + b.total;
  return total > 0 ? 2 * shared_weight(a, b) / total : 0;
}

double term_coverage(const TermProfile& whole, const TermProfile& part) {
  return whole.total > 0 ? shared_weight(whole, part) / whole.total : 0;
}

namespace {

// The characters that join words and name nothing: 的, 和, 与, 及, 并 and the enumeration comma.
constexpr const char* kJoiners[] = {"的", "和", "与", "及", "并", "、"};

}  // namespace

bool holds_joiner(std::string_view bigram) {
  for (const char* j : kJoiners) {
    if (bigram.find(j) != std::string_view::npos) return true;
  }
  return false;
}

namespace {

// A term without the joining characters at its ends (督办和 → 督办, 的交办 → 交办).
std::string trim_joiners(std::string term) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const char* j : kJoiners) {
      std::string_view joiner(j);
      if (term.size() > joiner.size() && std::string_view(term).substr(0, joiner.size()) == joiner) {
        term.erase(0, joiner.size()), trimmed = true;
      }
      if (term.size() > joiner.size() && std::string_view(term).substr(term.size() - joiner.size()) == joiner) {
        term.erase(term.size() - joiner.size()), trimmed = true;
      }
    }
  }
  return term;
}

}  // namespace

std::vector<std::string> shared_terms(const TermWeights& weights, const TermProfile& a,
                                      const TermProfile& b, std::size_t limit) {
  // Every bigram occurrence of a, by position: consecutive ones overlap by a character.
  struct Token {
    int start, end;
    bool shared, common;
    double weight;
  };
  std::vector<Token> tokens;
  for (const auto& t : a.terms) {
    bool shared = b.has(t.bigram), common = weights.common(t.bigram);
    for (auto [start, end] : t.at) tokens.push_back({start, end, shared, common, t.weight});
  }
  std::sort(tokens.begin(), tokens.end(), [](const Token& x, const Token& y) { return x.start < y.start; });
  // Runs of shared distinctive bigrams (河道 道采 采砂 read 河道采砂; a common bigram such as 管理
  // ends a run), as token ranges [first, last].
  struct Run {
    std::size_t first, last;
    int start, end;
    double weight;
  };
  std::vector<Run> runs;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!t.shared || t.common) continue;
    if (!runs.empty() && t.start < runs.back().end && runs.back().last + 1 == k) {
      runs.back().last = k, runs.back().end = t.end, runs.back().weight += t.weight;
    } else {
      runs.push_back({k, k, t.start, t.end, t.weight});
    }
  }
  // Whole words at the ends. A run stops at a common bigram and holds half of it (员的联络服
  // between 委员 and 服务). When b shares that bigram and it is a word — not the seam between two
  // words, i.e. the bigram beyond it is not more common still (策和 in 政策和法律 is a seam:
  // 政策 is the word) — it is theirs in common: take it whole (委员的联络服务). Otherwise the
  // half belongs to a word the run does not name: leave it out (负责 → not 责河道采砂).
  // A run is then a range of tokens; what is left of it must still hold a distinctive bigram.
  auto joins = [&](std::size_t x, std::size_t y) { return tokens[y].start < tokens[x].end; };
  auto is_word = [&](std::size_t edge, std::size_t beyond, bool has_beyond) {
    return !has_beyond || tokens[beyond].weight >= tokens[edge].weight;
  };
  std::vector<Run> whole;
  for (const Run& r : runs) {
    std::size_t first = r.first, last = r.last;
    if (r.first > 0 && joins(r.first - 1, r.first)) {
      std::size_t x = r.first - 1;
      bool has_y = x > 0 && joins(x - 1, x);
      if (tokens[x].shared && is_word(x, x - 1, has_y)) {
        first = x;
      } else if (tokens[x].common) {
        first = r.first + 1;
      }
    }
    if (r.last + 1 < tokens.size() && joins(r.last, r.last + 1)) {
      std::size_t x = r.last + 1;
      bool has_y = x + 1 < tokens.size() && joins(x, x + 1);
      if (tokens[x].shared && is_word(x, x + 1, has_y)) {
        last = x;
      } else if (tokens[x].common) {
        last = r.last - 1;  // r.last ≥ 1: x joins it
      }
    }
    bool distinctive = false;
    for (std::size_t k = first; k <= last && first <= last; ++k) distinctive = distinctive || (tokens[k].shared && !tokens[k].common);
    if (first <= last && distinctive) whole.push_back({first, last, tokens[first].start, tokens[last].end, r.weight});
  }
  // Runs the words made touch are one term (区政协委员 and 委员的联络服务).
  std::vector<Run> merged;
  for (const Run& r : whole) {
    if (!merged.empty() && r.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, r.end);
      merged.back().weight += r.weight;
    } else {
      merged.push_back(r);
    }
  }
  std::stable_sort(merged.begin(), merged.end(), [](const Run& x, const Run& y) { return x.weight > y.weight; });
  std::vector<std::string> out;
  for (const Run& r : merged) {
    if (out.size() >= limit) break;
    std::string term = trim_joiners(a.text.substr(std::size_t(r.start), std::size_t(r.end - r.start)));
    if (code_point_count(term) < 2) continue;  // 省 between two 、: no word to name
    if (std::find(out.begin(), out.end(), term) == out.end()) out.push_back(std::move(term));
  }
  return out;
}

const TermWeights& clause_term_weights(const DutyDatabase& db) {
  struct Cached {
    const void* handle = nullptr;
    std::string fingerprint;
    std::unique_ptr<TermWeights> weights;
  };
  static Cached cached;  // one publication is open at a time in the client and the CLI
  Statement f(db.handle(), "SELECT count(*) || ':' || total(length(text)) || ':' || "
                           "ifnull(max(text), '') FROM clause_versions");
  std::string fingerprint = f.step() ? f.text(0) : std::string();
  if (cached.weights && cached.handle == db.handle() && cached.fingerprint == fingerprint) return *cached.weights;
  std::vector<std::string> texts;
  Statement q(db.handle(), "SELECT DISTINCT text FROM clause_versions");
  while (q.step()) texts.push_back(q.text(0));
  cached = {db.handle(), std::move(fingerprint), std::make_unique<TermWeights>(texts)};
  return *cached.weights;
}

}  // namespace dutyatlas
