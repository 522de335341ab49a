// 谁来管: how sure the answer is — whether the lead's duties clearly cover the complaint, or the
// complaint may be about something no body of the publication answers for (the weather forecast,
// a quarrel at home, a company's own promotions). Internal to who.cpp (and its tests).
//
// The ranking always names a body: some word of almost any text is in some row (预报 of 天气预报
// is in 地震监测预报, 在不 of 现在不回 in some clause). What tells a real answer from a stray one
// is what the lead's evidence holds of the complaint, not the score (bm25 grows and shrinks with
// the size of the publication, which is why a first design over the absolute score marked almost
// everything "not sure" in a small district). judge_confidence() reads the lead's credited rows
// (its best three, the ones its score counts) and measures, each term weighted by its rarity in
// the index — ln(rows / rows holding it) / ln(rows): 1 for a term of one row, whatever the size of
// the publication:
//   * `best_row_weight`: the complaint's distinctive terms (who_terms.h) one row holds, summed,
//     the best row's;
//   * `keyword_weight`: the same, of the terms in a row's keywords — the publisher's words, its
//     synonyms and the general lexicon, which bring a caller's everyday words to the official
//     ones. A caller's word that someone listed is the strongest sign the complaint is a matter
//     of duty: the stray bigrams of chit-chat (在不, 明是) are in running text only;
//   * whether one row holds two distinctive terms or more (`terms_in_one_row`): two words of the
//     complaint in one duty are a match, one in each of two rows may be chance.
// A logistic curve turns them into `value`, fitted with equal weight on the in-scope complaints
// and the out-of-scope ones of tests/eval's tuning sets (complaints.json, complaints-blind.json,
// complaints-blind-2.json; complaints-out-of-scope.json, -tuning.json, -blind-2.json): `value`
// is the probability the complaint is one of duty, with the two kinds taken as equally likely.
// The threshold was chosen on the same sets; the third set, held out, was scored once after
// (tests/eval/README.md gives the figures, and the limits: a word someone listed for a matter of
// duty is taken as one, whatever the sentence around it says).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

struct WhoConfidence {
  double value = 0;   // 0–1 (see above); 0 for an empty answer
  bool sure = false;  // value ≥ kSureThreshold
  std::vector<std::string> matched;  // the complaint's distinctive terms the lead's rows hold
  double best_row_weight = 0;        // the measures behind `value` (see above)
  double keyword_weight = 0;
  std::size_t terms_in_one_row = 0;  // the most distinctive terms one of the rows holds
};

// Below this the viewer says that no body's duties clearly cover the complaint, and shows the
// candidates as the closest ones only.
inline constexpr double kSureThreshold = 0.2;

struct ConfidenceInput {
  std::set<std::string> distinctive;  // the complaint's distinctive terms the index holds
  std::map<std::string, long long> rows_holding;  // their row counts (who_query.h reads them)
  std::vector<long long> lead_rows;   // rowids of the lead's credited rows, best first
  long long row_count = 0;            // rows of the index
};

WhoConfidence judge_confidence(const DutyDatabase& db, const ConfidenceInput& input);

}  // namespace dutyatlas
