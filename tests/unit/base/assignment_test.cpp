// best_assignment (core/base/assignment.h): the one-to-one pairing of largest total score.
#include <doctest/doctest.h>

#include "core/base/assignment.h"

using namespace dutyatlas;

TEST_CASE("assignment: the best total, not the greedy first choice") {
  // Greedy takes 0→0 (0.9) and leaves 1→1 (0.1): 1.0. The best is 0→1 + 1→0: 0.8 + 0.8 = 1.6.
  std::vector<double> score{0.9, 0.8,
                            0.8, 0.1};
  CHECK(best_assignment(score, 2, 2) == std::vector<int>{1, 0});
}

TEST_CASE("assignment: rectangles leave the extra rows unassigned") {
  std::vector<double> three_by_two{0.1, 0.0,
                                   0.9, 0.2,
                                   0.3, 0.8};
  CHECK(best_assignment(three_by_two, 3, 2) == std::vector<int>{-1, 0, 1});
  std::vector<double> two_by_three{0.0, 0.7, 0.1,
                                   0.6, 0.0, 0.0};
  CHECK(best_assignment(two_by_three, 2, 3) == std::vector<int>{1, 0});
  CHECK(best_assignment({}, 0, 0).empty());
  CHECK(best_assignment({}, 2, 0) == std::vector<int>{-1, -1});
}

TEST_CASE("assignment: 60 × 60 with a known best (the identity) is found") {
  const std::size_t n = 60;
  std::vector<double> score(n * n, 0.3);
  for (std::size_t i = 0; i < n; ++i) score[i * n + i] = 0.5;
  auto out = best_assignment(score, n, n);
  for (std::size_t i = 0; i < n; ++i) CHECK(out[i] == int(i));
}
