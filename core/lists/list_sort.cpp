// Sort orders of a list table's columns (see list_sort.h).
#include "core/lists/list_sort.h"

#include <algorithm>
#include <cassert>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// Appends the sort key of `text` to *out: its folded text with each run of ASCII digits written
// as '0', the run's length (leading zeros dropped) and the digits. Byte order of keys is then
// code-point order of the folded text with numbers compared as numbers; '0' sorts where any
// digit did, so a number keeps its place among other characters.
void append_sort_key(std::string_view text, std::string* out) {
  // ASCII folds to itself with A–Z lowered (tokenizer.h): folded on the way, no copy.
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
  std::string folded;
  if (!ascii) {
    folded = fold_text(text);
    text = folded;
  }
  // A key is at most twice its text plus one: each run of digits gains two bytes, and there
  // are at most (size + 1) / 2 runs ("1a1a1").
  std::size_t at = out->size();
  out->resize(at + 2 * text.size() + 1);
  char* p = out->data() + at;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c < '0' || c > '9') {
      *p++ = ascii ? ascii_lower(c) : c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    while (i + 1 < end && text[i] == '0') ++i;
    std::size_t length = std::min<std::size_t>(end - i, 255);
    *p++ = '0';
    *p++ = char(static_cast<unsigned char>(length));
    p = std::copy_n(text.data() + i, length, p);
    i = end;
  }
  out->resize(std::size_t(p - out->data()));
}

// A distinct text's sort key (bytes in one buffer) and which text it is.
struct SortEntry {
  const char* key;
  std::uint32_t size;
  std::uint32_t id;
};

// Sorts e[0, n) by key from byte `depth` on: 3-way radix quicksort (Bentley–Sedgewick), so
// keys sharing long prefixes (事项编码 of one body, 《中华人民共和国…法》) cost one pass per
// shared byte rather than a long memcmp per comparison. Recursion on the lesser and greater
// parts is bounded: beyond `budget` levels the rest is sorted by comparison.
void radix_quicksort(SortEntry* e, std::size_t n, std::size_t depth, int budget) {
  auto byte = [&](const SortEntry& x) -> int {
    return depth < x.size ? static_cast<unsigned char>(x.key[depth]) : -1;
  };
  while (n > 1) {
    if (n < 12 || budget <= 0) {
      std::sort(e, e + n, [&](const SortEntry& x, const SortEntry& y) {
        std::string_view a(x.key, x.size), b(y.key, y.size);
        return a.substr(std::min<std::size_t>(depth, x.size)) < b.substr(std::min<std::size_t>(depth, y.size));
      });
      return;
    }
    int p0 = byte(e[0]), p1 = byte(e[n / 2]), p2 = byte(e[n - 1]);
    int pivot = std::max(std::min(p0, p1), std::min(std::max(p0, p1), p2));  // median of three
    std::size_t lt = 0, i = 0, gt = n;
    while (i < gt) {
      int b = byte(e[i]);
      if (b < pivot) std::swap(e[lt++], e[i++]);
      else if (b > pivot) std::swap(e[i], e[--gt]);
      else ++i;
    }
    radix_quicksort(e, lt, depth, budget - 1);
    radix_quicksort(e + gt, n - gt, depth, budget - 1);
    if (pivot < 0) return;  // the middle part ended here: equal keys
    e += lt;
    n = gt - lt;
    ++depth;
  }
}

// Orders rows by rank[] (kNoCode = empty, last) with a counting sort: stable, O(rows + ranks).
void order_by_rank(SortOrder* sorted, std::uint32_t rank_count) {
  std::vector<std::uint32_t> bucket(std::size_t(rank_count) + 2, 0);
  auto slot = [&](std::uint32_t rank) { return rank == kNoCode ? rank_count : rank; };
  for (std::uint32_t r : sorted->rank) ++bucket[slot(r) + 1];
  for (std::size_t i = 1; i < bucket.size(); ++i) bucket[i] += bucket[i - 1];
  sorted->nonempty = bucket[rank_count];
  sorted->order.assign(sorted->rank.size(), 0);
  for (std::uint32_t row = 0; row < sorted->rank.size(); ++row) {
    sorted->order[bucket[slot(sorted->rank[row])]++] = row;
  }
}

// Ranks the rows of a numeric column by value.
void rank_numbers(const ListTable& t, std::size_t column, SortOrder* sorted) {
  std::vector<std::int64_t> distinct;
  const auto& numbers = t.numbers[column];
  assert(numbers.size() == t.rows);
  for (std::size_t r = 0; r < t.rows; ++r) {
    if (t.cell_id(r, column) != 0) distinct.push_back(numbers[r]);
  }
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (std::size_t r = 0; r < t.rows; ++r) {
    if (t.cell_id(r, column) == 0) continue;
    sorted->rank[r] = std::uint32_t(std::lower_bound(distinct.begin(), distinct.end(), numbers[r]) -
                                    distinct.begin());
  }
  order_by_rank(sorted, std::uint32_t(distinct.size()));
}

// Ranks the rows of a text column: keys for the column's distinct texts only, back to back in
// one buffer, sorted once; rows take their text's rank.
void rank_texts(const ListTable& t, std::size_t column, SortOrder* sorted) {
  std::vector<std::uint32_t> rank_of(t.pool.size(), kNoCode);
  std::vector<std::uint32_t> ids;
  for (std::size_t r = 0; r < t.rows; ++r) {
    std::uint32_t id = t.cell_id(r, column);
    if (id == 0 || rank_of[id] != kNoCode) continue;
    rank_of[id] = 0;
    ids.push_back(id);
  }
  std::size_t bytes = 0;
  for (std::uint32_t id : ids) bytes += 2 * t.pool[id].size() + 1;
  std::string keys;
  keys.reserve(bytes);
  std::vector<std::uint32_t> ends;
  ends.reserve(ids.size());
  for (std::uint32_t id : ids) {
    append_sort_key(t.pool[id], &keys);
    ends.push_back(std::uint32_t(keys.size()));
  }
  std::vector<SortEntry> entries(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
    entries[i] = {keys.data() + begin, ends[i] - begin, ids[i]};
  }
  radix_quicksort(entries.data(), entries.size(), 0, 48);
  std::uint32_t rank = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0 && std::string_view(entries[i].key, entries[i].size) !=
                     std::string_view(entries[i - 1].key, entries[i - 1].size)) {
      ++rank;
    }
    rank_of[entries[i].id] = rank;
  }
  for (std::size_t r = 0; r < t.rows; ++r) {
    std::uint32_t id = t.cell_id(r, column);
    if (id != 0) sorted->rank[r] = rank_of[id];
  }
  order_by_rank(sorted, entries.empty() ? 0 : rank + 1);
}

}  // namespace

const SortOrder& sort_order(ListTable* t, int column) {
  assert(column >= 0 && std::size_t(column) < t->sorts.size() && "a finished table's column");
  std::unique_ptr<SortOrder>& cached = t->sorts[std::size_t(column)];
  if (cached) return *cached;
  auto sorted = std::make_unique<SortOrder>();
  sorted->rank.assign(t->rows, kNoCode);
  if (t->columns[std::size_t(column)].numeric) rank_numbers(*t, std::size_t(column), sorted.get());
  else rank_texts(*t, std::size_t(column), sorted.get());
  cached = std::move(sorted);
  return *cached;
}

}  // namespace dutyatlas
