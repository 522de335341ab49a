// The one-to-one assignment of largest total score between two sets (the Hungarian method,
// O(n³) in the larger side): which old clause goes with which new one in 新旧对照. Exact, for
// the sizes a body has (≤ ~60 clauses a side: well under a millisecond).
// Not a threshold: callers drop the pairs whose score is too low to mean anything.
#pragma once

#include <cstddef>
#include <vector>

namespace dutyatlas {

// score: rows × cols, row-major. Returns, for each row, its column or -1 (more rows than
// columns). Maximises the sum of the chosen scores; ties go to the lower indices.
std::vector<int> best_assignment(const std::vector<double>& score, std::size_t rows, std::size_t cols);

}  // namespace dutyatlas
