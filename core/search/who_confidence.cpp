// 谁来管: how sure the answer is (see who_confidence.h).
#include "core/search/who_confidence.h"

#include <algorithm>
#include <cmath>

#include "core/base/sqlite_statement.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

// The lead's rows read: the ones its score counts (who.cpp sums a body's best three hits).
constexpr std::size_t kRowsRead = 3;

// The logistic curve's constants (fitted as who_confidence.h says; tests/eval/README.md).
constexpr double kBias = -2.77;
constexpr double kPerRowWeight = 0.87;
constexpr double kPerKeywordWeight = 2.15;
constexpr double kTwoTermsOrMore = 1.5;

}  // namespace

WhoConfidence judge_confidence(const DutyDatabase& db, const ConfidenceInput& input) {
  WhoConfidence out;
  if (input.lead_rows.empty() || input.distinctive.empty() || input.row_count <= 0) return out;

  const double log_rows = std::log(double(std::max<long long>(input.row_count, 2)));
  auto rarity = [&](const std::string& term) {
    auto it = input.rows_holding.find(term);
    long long rows = it == input.rows_holding.end() ? 1 : std::max<long long>(it->second, 1);
    return std::max(0.0, std::log(double(input.row_count) / double(rows)) / log_rows);
  };

  Statement row(db.handle(), "SELECT title, text, keywords FROM search WHERE rowid = ?1");
  std::set<std::string> matched;
  for (std::size_t i = 0; i < input.lead_rows.size() && i < kRowsRead; ++i) {
    row.reset();
    row.bind(1, input.lead_rows[i]);
    if (!row.step()) continue;
    const std::string keywords = fold_text(row.text(2));
    const std::string written = fold_text(row.text(0) + "\n" + row.text(1));
    double weight = 0, keyword_weight = 0;
    std::size_t terms = 0;
    for (const std::string& term : input.distinctive) {
      const bool listed = keywords.find(term) != std::string::npos;
      if (!listed && written.find(term) == std::string::npos) continue;
      const double r = rarity(term);
      weight += r;
      if (listed) keyword_weight += r;
      matched.insert(term);
      ++terms;
    }
    out.terms_in_one_row = std::max(out.terms_in_one_row, terms);
    out.best_row_weight = std::max(out.best_row_weight, weight);
    out.keyword_weight = std::max(out.keyword_weight, keyword_weight);
  }
  out.matched.assign(matched.begin(), matched.end());
  const double z = kBias + kPerRowWeight * out.best_row_weight +
                   kPerKeywordWeight * out.keyword_weight +
                   (out.terms_in_one_row >= 2 ? kTwoTermsOrMore : 0.0);
  out.value = 1.0 / (1.0 + std::exp(-z));
  out.sure = out.value >= kSureThreshold;
  return out;
}

}  // namespace dutyatlas
