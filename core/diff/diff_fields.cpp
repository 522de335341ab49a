// Fields compared by name, sub-lists aligned by content (see diff_fields.h).
#include "core/diff/diff_fields.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/history/char_diff.h"

namespace dutyatlas {
namespace {

// "division/3/duty/1" → list "division", number 3, rest "duty/1"; false for a plain field.
bool split_positional(const std::string& name, bool top, std::string* list, int* number, std::string* rest) {
  const std::size_t slash = name.find('/');
  if (slash == std::string::npos || slash == 0) return false;
  std::size_t end = slash + 1;
  while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
  if (end == slash + 1 || (end < name.size() && name[end] != '/') || end - slash > 7) return false;
  *list = name.substr(0, slash);
  if (top && *list == "duty") return false;  // duty/<clause key>: keyed, not numbered
  *number = std::stoi(name.substr(slash + 1, end - slash - 1));
  *rest = end < name.size() ? name.substr(end + 1) : "";
  return true;
}

struct Item {
  int number = 0;
  std::string value;  // the item's own field ("division/3": its name)
  Fields children;    // its sub-fields, named without the "division/3/" prefix
};

// The numbered lists of `fields`, by name, each in number order; the plain fields apart.
std::map<std::string, std::vector<Item>> lists_of(const Fields& fields, bool top, Fields* plain,
                                                  std::vector<std::string>* order) {
  std::map<std::string, std::map<int, Item>> by_number;
  for (const auto& [name, value] : fields) {
    std::string list, rest;
    int number = 0;
    if (!split_positional(name, top, &list, &number, &rest)) {
      plain->emplace_back(name, value);
      continue;
    }
    if (!by_number.count(list)) order->push_back(list);
    Item& item = by_number[list][number];
    item.number = number;
    if (rest.empty()) item.value = value;
    else item.children.emplace_back(rest, value);
  }
  std::map<std::string, std::vector<Item>> out;
  for (auto& [list, items] : by_number) {
    for (auto& [number, item] : items) out[list].push_back(std::move(item));
  }
  return out;
}

// An item's whole text, for pairing by likeness: its value and its sub-fields' values.
std::string text_of(const Item& item) {
  std::string text = item.value;
  for (const auto& [name, value] : item.children) text += "\n" + value;
  return text;
}

// The items between two matches, [i0, i1) old and [j0, j1) new, paired in order where alike
// (similarity ≥ kPairedSimilarity, the pairing with the greatest sum), the rest alone: a
// paragraph inserted before an edited one leaves the edit paired with its old self.
constexpr double kPairedSimilarity = 0.3;
void pair_gap(const std::vector<Item>& a, const std::vector<Item>& b, std::size_t i0, std::size_t i1,
              std::size_t j0, std::size_t j1, std::vector<std::pair<int, int>>* out) {
  const std::size_t n = i1 - i0, m = j1 - j0;
  std::vector<std::vector<double>> sim(n, std::vector<double>(m));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) sim[i][j] = similarity(text_of(a[i0 + i]), text_of(b[j0 + j]));
  }
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      best[i][j] = std::max(best[i + 1][j], best[i][j + 1]);
      if (sim[i][j] >= kPairedSimilarity) best[i][j] = std::max(best[i][j], sim[i][j] + best[i + 1][j + 1]);
    }
  }
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sim[i][j] >= kPairedSimilarity && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
      out->emplace_back(int(i0 + i++), int(j0 + j++));
    } else if (j == m || (i < n && best[i][j] == best[i + 1][j])) {
      out->emplace_back(int(i0 + i++), -1);
    } else {
      out->emplace_back(-1, int(j0 + j++));
    }
  }
}

// Pairs of (old index, new index) — -1 for none — in order: equal values matched by the longest
// common subsequence, the items between two matches paired where alike (pair_gap).
std::vector<std::pair<int, int>> align(const std::vector<Item>& a, const std::vector<Item>& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i].value == b[j].value ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<std::pair<int, int>> out;
  std::size_t i = 0, j = 0, gap_i = 0, gap_j = 0;
  while (i < n && j < m) {
    if (a[i].value == b[j].value && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      pair_gap(a, b, gap_i, i, gap_j, j, &out);
      out.emplace_back(int(i++), int(j++));
      gap_i = i;
      gap_j = j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  pair_gap(a, b, gap_i, n, gap_j, m, &out);
  return out;
}

void compare(const Fields& before, const Fields& after, bool top, const std::string& prefix,
             std::vector<FieldChange>* out);

// One list's items, aligned, into changes named "<prefix><list>/<number>…".
void compare_list(const std::string& list, const std::vector<Item>& a, const std::vector<Item>& b,
                  const std::string& prefix, std::vector<FieldChange>* out) {
  for (const auto& [i, j] : align(a, b)) {
    const Item none;
    const Item& old_item = i < 0 ? none : a[std::size_t(i)];
    const Item& new_item = j < 0 ? none : b[std::size_t(j)];
    const std::string name = prefix + list + "/" + std::to_string(j < 0 ? old_item.number : new_item.number);
    if (old_item.value != new_item.value) out->push_back({name, old_item.value, new_item.value});
    compare(old_item.children, new_item.children, false, name + "/", out);
  }
}

void compare(const Fields& before, const Fields& after, bool top, const std::string& prefix,
             std::vector<FieldChange>* out) {
  Fields plain_a, plain_b;
  std::vector<std::string> order_a, order_b;
  auto lists_a = lists_of(before, top, &plain_a, &order_a);
  auto lists_b = lists_of(after, top, &plain_b, &order_b);
  // Plain fields by name, in the new order, then those only the old row has.
  std::map<std::string, const std::string*> old_value;
  for (const auto& [name, value] : plain_a) old_value[name] = &value;
  for (const auto& [name, value] : plain_b) {
    auto it = old_value.find(name);
    const std::string before_value = it == old_value.end() ? "" : *it->second;
    if (before_value != value) out->push_back({prefix + name, before_value, value});
    if (it != old_value.end()) old_value.erase(it);
  }
  for (const auto& [name, value] : plain_a) {
    if (old_value.count(name) && !value.empty()) out->push_back({prefix + name, value, ""});
  }
  // Then each list, in the order the new fields name them, then those only the old row has.
  static const std::vector<Item> kNone;
  std::set<std::string> done;
  for (const std::vector<std::string>* order : {&order_b, &order_a}) {
    for (const std::string& list : *order) {
      if (!done.insert(list).second) continue;
      auto a = lists_a.find(list);
      auto b = lists_b.find(list);
      compare_list(list, a == lists_a.end() ? kNone : a->second, b == lists_b.end() ? kNone : b->second,
                   prefix, out);
    }
  }
}

}  // namespace

std::vector<FieldChange> changed_fields(const Fields& before, const Fields& after) {
  std::vector<FieldChange> out;
  compare(before, after, true, "", &out);
  return out;
}

}  // namespace dutyatlas
