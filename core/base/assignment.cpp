// The Hungarian method (see assignment.h), in the potentials form on a square cost matrix.
#include "core/base/assignment.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace dutyatlas {

std::vector<int> best_assignment(const std::vector<double>& score, std::size_t rows, std::size_t cols) {
  assert(score.size() == rows * cols);
  const std::size_t n = std::max(rows, cols);
  if (n == 0) return {};
  double top = 0;
  for (double s : score) top = std::max(top, s);
  // Cost of row i (1-based) in column j: top - score; padding rows and columns cost top.
  auto cost = [&](std::size_t i, std::size_t j) {
    return i <= rows && j <= cols ? top - score[(i - 1) * cols + (j - 1)] : top;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<std::size_t> row_of(n + 1, 0), way(n + 1, 0);  // row_of[j]: row in column j
  for (std::size_t i = 1; i <= n; ++i) {
    row_of[0] = i;
    std::size_t j0 = 0;
    std::vector<double> least(n + 1, inf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      std::size_t i0 = row_of[j0], j1 = 0;
      double delta = inf;
      for (std::size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        double c = cost(i0, j) - u[i0] - v[j];
        if (c < least[j]) least[j] = c, way[j] = j0;
        if (least[j] < delta) delta = least[j], j1 = j;
      }
      for (std::size_t j = 0; j <= n; ++j) {
        if (used[j]) u[row_of[j]] += delta, v[j] -= delta;
        else least[j] -= delta;
      }
      j0 = j1;
    } while (row_of[j0] != 0);
    do {
      std::size_t j1 = way[j0];
      row_of[j0] = row_of[j1];
      j0 = j1;
    } while (j0);
  }
  std::vector<int> out(rows, -1);
  for (std::size_t j = 1; j <= cols; ++j) {
    if (row_of[j] >= 1 && row_of[j] <= rows) out[row_of[j] - 1] = int(j - 1);
  }
  return out;
}

}  // namespace dutyatlas
