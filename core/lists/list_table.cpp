// The in-memory list table and its builder (see list_table.h). No SQL, no kinds.
#include "core/lists/list_table.h"

#include <algorithm>
#include <cassert>

namespace dutyatlas {

// =============================================================================================
// StringPool, PackedTexts

namespace {
constexpr std::size_t kBlock = 64 * 1024;
}  // namespace

std::uint32_t StringPool::intern(std::string_view text) {
  if (text.empty()) return 0;
  auto it = index_.find(text);
  if (it != index_.end()) return it->second;
  std::uint32_t id = add(text);
  index_.emplace(views_[id], id);
  return id;
}

std::uint32_t StringPool::add(std::string_view text) {
  views_.push_back(store(text));
  return std::uint32_t(views_.size() - 1);
}

std::string_view StringPool::store(std::string_view text) {
  if (text.empty()) return {};
  char* at;
  if (text.size() > kBlock / 8) {
    big_.push_back(std::make_unique<char[]>(text.size()));  // a long text: its own block
    at = big_.back().get();
  } else {
    if (blocks_.empty() || used_ + text.size() > kBlock) {
      blocks_.push_back(std::make_unique<char[]>(kBlock));
      used_ = 0;
    }
    at = blocks_.back().get() + used_;
    used_ += text.size();
  }
  std::copy(text.begin(), text.end(), at);
  return std::string_view(at, text.size());
}

void PackedTexts::push(std::string_view text) {
  bytes += text;
  ends.push_back(std::uint32_t(bytes.size()));
}

std::string_view PackedTexts::operator[](std::size_t i) const {
  std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
  return std::string_view(bytes).substr(begin, ends[i] - begin);
}

// =============================================================================================
// ListTable

std::pair<std::size_t, std::size_t> ListTable::ref_run(std::size_t row) const {
  std::size_t first = row, end = row + 1;
  while (first > 0 && refs[first - 1] == refs[row]) --first;
  while (end < rows && refs[end] == refs[row]) ++end;
  return {first, end};
}

int ListTable::column_index(std::string_view id) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].id == id) return int(i);
  }
  return -1;
}

const FacetColumn* ListTable::facet_at(int column) const {
  if (column < 0 || facet_of[std::size_t(column)] < 0) return nullptr;
  return &facets[std::size_t(facet_of[std::size_t(column)])];
}

ListRow ListTable::row(std::size_t row, const std::vector<int>& shown) const {
  ListRow out;
  out.key = std::string(key(row));
  out.cells.reserve(shown.size());
  for (int c : shown) out.cells.emplace_back(cell(row, std::size_t(c)));
  return out;
}

std::vector<int> ListTable::default_columns() const {
  std::vector<int> out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].in_default) out.push_back(int(i));
  }
  return out;
}

// =============================================================================================
// ListTableBuilder

int ListTableBuilder::column(std::string id, std::string label, Cells cells, bool in_default) {
  assert(t_->rows == 0 && "columns come before rows");
  const bool facet = cells == Cells::kFacet || cells == Cells::kMultiFacet;
  t_->columns.push_back({std::move(id), std::move(label), facet, cells == Cells::kNumber, in_default});
  t_->numbers.emplace_back();
  if (facet) {
    FacetColumn f;
    f.column = int(t_->columns.size() - 1);
    f.multi = cells == Cells::kMultiFacet;
    t_->facet_of.push_back(int(t_->facets.size()));
    t_->facets.push_back(std::move(f));
    last_code_.push_back(kNoCode);
  } else {
    t_->facet_of.push_back(-1);
  }
  return int(t_->columns.size() - 1);
}

void ListTableBuilder::begin_row(std::string_view key, std::string_view ref) {
  if (last_.size() != t_->columns.size()) last_.assign(t_->columns.size(), 0);
  row_.assign(t_->columns.size(), 0);
  number_.assign(t_->columns.size(), 0);
  t_->keys.push(key);
  t_->refs.push(ref);
  for (FacetColumn& f : t_->facets) {
    if (f.multi) f.start.push_back(std::uint32_t(f.codes.size()));
    else f.codes.push_back(kNoCode);
  }
}

void ListTableBuilder::set(int column, std::string_view text) {
  // Neighbouring rows often repeat a cell (the stages of one power): skip the hash then.
  std::uint32_t& last = last_[std::size_t(column)];
  if (t_->pool[last] != text) last = t_->pool.intern(text);
  row_[std::size_t(column)] = last;
}

void ListTableBuilder::set_unique(int column, std::string_view text) {
  row_[std::size_t(column)] = text.empty() ? 0 : t_->pool.add(text);
}

void ListTableBuilder::set_number(int column, std::int64_t value) {
  set(column, std::to_string(value));
  number_[std::size_t(column)] = value;
}

std::uint32_t ListTableBuilder::facet_code(FacetColumn& f, std::string_view value,
                                           std::string_view label, std::int64_t rank) {
  std::uint32_t& last = last_code_[std::size_t(&f - t_->facets.data())];
  if (last < f.values.size() && f.values[last] == value) return last;  // as the row before
  auto it = f.by_value.find(std::string(value));
  if (it != f.by_value.end()) return last = it->second;
  last = std::uint32_t(f.values.size());
  f.values.emplace_back(value);
  f.labels.emplace_back(label);
  f.order.push_back(rank);
  f.by_value.emplace(std::string(value), last);
  return last;
}

void ListTableBuilder::add_value(int column, std::string_view value, std::string_view label,
                                 std::int64_t rank) {
  if (value.empty()) return;
  assert(t_->facet_of[std::size_t(column)] >= 0 && "values belong to facet columns");
  FacetColumn& f = t_->facets[std::size_t(t_->facet_of[std::size_t(column)])];
  std::uint32_t code = facet_code(f, value, label, rank);
  if (!f.multi) {
    if (f.codes.back() == kNoCode) f.codes.back() = code;
    return;
  }
  for (std::uint32_t i = f.start.back(); i < f.codes.size(); ++i) {
    if (f.codes[i] == code) return;
  }
  f.codes.push_back(code);
}

void ListTableBuilder::set_order(std::int64_t order) { order_.push_back(order); }

void ListTableBuilder::end_row() {
  t_->cells.insert(t_->cells.end(), row_.begin(), row_.end());
  for (std::size_t c = 0; c < t_->columns.size(); ++c) {
    if (t_->columns[c].numeric) t_->numbers[c].push_back(number_[c]);
  }
  ++t_->rows;
  assert((order_.empty() || order_.size() == t_->rows) && "every row or none gives its place");
}

void ListTableBuilder::finish() {
  if (!order_.empty() && !std::is_sorted(order_.begin(), order_.end())) {
    std::vector<std::uint32_t> perm(t_->rows);
    for (std::uint32_t i = 0; i < perm.size(); ++i) perm[i] = i;
    std::stable_sort(perm.begin(), perm.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return order_[a] < order_[b]; });
    permute_rows(perm);
  }
  order_ = {};
  for (FacetColumn& f : t_->facets) {
    if (f.multi) f.start.push_back(std::uint32_t(f.codes.size()));
    assert((f.multi ? f.start.size() == t_->rows + 1 : f.codes.size() == t_->rows) &&
           "a facet column has every row");
  }
  assert(t_->cells.size() == t_->rows * t_->columns.size());
  assert(t_->keys.size() == t_->rows && t_->refs.size() == t_->rows);
  t_->pool.freeze();
  t_->sorts.clear();
  t_->sorts.resize(t_->columns.size());
}

// New row i is old row perm[i]. Runs before finish(): a multi facet's start has one entry per
// row, the last row ending at codes.size().
void ListTableBuilder::permute_rows(const std::vector<std::uint32_t>& perm) {
  ListTable* t = t_;
  assert(perm.size() == t->rows);
  const std::size_t width = t->columns.size();
  std::vector<std::uint32_t> cells(t->cells.size());
  for (std::size_t i = 0; i < perm.size(); ++i) {
    std::copy_n(t->cells.begin() + std::ptrdiff_t(perm[i] * width), width,
                cells.begin() + std::ptrdiff_t(i * width));
  }
  t->cells.swap(cells);
  auto permuted = [&](const PackedTexts& texts) {
    PackedTexts out;
    out.bytes.reserve(texts.bytes.size());
    out.ends.reserve(texts.ends.size());
    for (std::uint32_t i : perm) out.push(texts[i]);
    return out;
  };
  t->keys = permuted(t->keys);
  t->refs = permuted(t->refs);
  for (auto& numbers : t->numbers) {
    if (numbers.empty()) continue;
    std::vector<std::int64_t> out(t->rows);
    for (std::size_t i = 0; i < perm.size(); ++i) out[i] = numbers[perm[i]];
    numbers.swap(out);
  }
  for (FacetColumn& f : t->facets) {
    if (!f.multi) {
      std::vector<std::uint32_t> out(t->rows);
      for (std::size_t i = 0; i < perm.size(); ++i) out[i] = f.codes[perm[i]];
      f.codes.swap(out);
      continue;
    }
    auto end_of = [&](std::uint32_t r) {
      return r + 1 < f.start.size() ? f.start[r + 1] : std::uint32_t(f.codes.size());
    };
    std::vector<std::uint32_t> start, codes;
    start.reserve(f.start.size());
    codes.reserve(f.codes.size());
    for (std::uint32_t r : perm) {
      start.push_back(std::uint32_t(codes.size()));
      codes.insert(codes.end(), f.codes.begin() + f.start[r], f.codes.begin() + end_of(r));
    }
    f.start.swap(start);
    f.codes.swap(codes);
  }
}

}  // namespace dutyatlas
