// Distinctive-term weights (see term_weights.h).
#include "core/duties/term_weights.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_set>

#include "core/base/sqlite_statement.h"
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

std::vector<std::string> shared_terms(const TermWeights& weights, const TermProfile& a,
                                      const TermProfile& b, std::size_t limit) {
  // Every occurrence in a of a distinctive bigram b has, by position; overlapping ones form a run.
  struct Hit {
    int start, end;
    double weight;
  };
  std::vector<Hit> hits;
  for (const auto& t : a.terms) {
    if (!b.has(t.bigram) || weights.common(t.bigram)) continue;
    for (auto [start, end] : t.at) hits.push_back({start, end, t.weight});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.start < y.start; });
  struct Run {
    int start, end;
    double weight;
  };
  std::vector<Run> runs;
  for (const Hit& h : hits) {
    if (!runs.empty() && h.start < runs.back().end) {  // bigrams of one run overlap by a character
      Run& r = runs.back();
      if (h.end > r.end) r.end = h.end, r.weight += h.weight;
    } else {
      runs.push_back({h.start, h.end, h.weight});
    }
  }
  std::stable_sort(runs.begin(), runs.end(), [](const Run& x, const Run& y) { return x.weight > y.weight; });
  std::vector<std::string> out;
  for (const Run& r : runs) {
    if (out.size() >= limit) break;
    std::string term = a.text.substr(std::size_t(r.start), std::size_t(r.end - r.start));
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
