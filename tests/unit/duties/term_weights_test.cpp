// Distinctive-term weights (core/duties/term_weights.h): rare terms outweigh 负责/管理, similarity
// and coverage follow the weights, shared terms read as the reader's words.
#include <doctest/doctest.h>

#include "core/duties/term_weights.h"

using namespace dutyatlas;

namespace {

// A small district: 负责 and 管理 in every clause, 河道采砂 in one.
TermWeights district() {
  return TermWeights({
      "负责河道采砂的监督管理。",
      "负责全区水资源的统一管理。",
      "负责特种设备安全的监督管理。",
      "负责耕地保护和土地用途管理。",
      "负责防汛抗旱的组织管理工作。",
      "负责餐饮油烟污染的监督管理。",
      "负责建筑工地扬尘的监督管理。",
      "负责城市道路的养护管理。",
  });
}

}  // namespace

TEST_CASE("term weights: a term rare across the clauses weighs far more than 负责 or 管理") {
  TermWeights w = district();
  CHECK(w.clause_count() == 8);
  CHECK(w.weight("采砂") > 5 * w.weight("负责"));
  CHECK(w.weight("负责") < 0.2);  // in every clause
  CHECK(w.weight("管理") == doctest::Approx(w.weight("负责")));
  CHECK(w.weight("未见") == doctest::Approx(w.weight("采砂")));  // unseen: as rare as can be
  CHECK(w.common("负责"));
  CHECK_FALSE(w.common("采砂"));
}

TEST_CASE("term similarity: sharing the distinctive terms counts, sharing 负责…管理 hardly") {
  TermWeights w = district();
  TermProfile sand = w.profile("负责河道采砂的监督管理。");
  TermProfile sand_new = w.profile("组织实施河道采砂许可，查处非法采砂行为。");
  TermProfile equipment = w.profile("负责特种设备安全的监督管理。");
  CHECK(term_similarity(sand, sand) == doctest::Approx(1));
  // Same boilerplate (负责…的监督管理) but different matters: low.
  CHECK(term_similarity(sand, equipment) < 0.35);
  // Rewritten wholesale, same matter: higher than the look-alike.
  CHECK(term_similarity(sand, sand_new) > term_similarity(sand, equipment));
  CHECK(term_similarity(sand, w.profile("")) == 0);
}

TEST_CASE("term coverage: how much of a clause's weight another carries") {
  TermWeights w = district();
  TermProfile whole = w.profile("负责餐饮油烟污染和建筑工地扬尘的监督管理。");
  TermProfile fumes = w.profile("负责餐饮油烟污染的监督管理。");
  TermProfile dust = w.profile("负责建筑工地扬尘的监督管理。");
  double a = term_coverage(whole, fumes), b = term_coverage(whole, dust);
  CHECK(a > 0.25);
  CHECK(b > 0.25);
  CHECK(a + b > 0.8);  // the two parts carry nearly all of it between them
  CHECK(term_coverage(fumes, whole) > 0.8);  // each part comes mostly from the whole
}

TEST_CASE("shared terms: runs of shared distinctive bigrams, weightiest first, common ones left out") {
  TermWeights w = district();
  TermProfile a = w.profile("负责河道采砂的监督管理。");
  TermProfile b = w.profile("组织实施河道采砂许可，加强监督。");
  auto terms = shared_terms(w, a, b);
  REQUIRE(!terms.empty());
  CHECK(terms.front() == "河道采砂");  // 河道 道采 采砂 joined into one word
  for (const auto& t : terms) CHECK(t != "负责");
  CHECK(shared_terms(w, a, w.profile("负责城市道路的养护管理。")).empty());  // only 负责/管理
  CHECK(shared_terms(w, a, b, 1).size() == 1);
  // A near copy shares its whole text; the terms stop at the common bigrams (负责, 管理).
  auto copy = shared_terms(w, a, w.profile("负责河道采砂的监督管理工作。"));
  for (const auto& t : copy) CHECK(t.find("管理") == std::string::npos);
}
