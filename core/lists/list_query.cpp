// 清单查询: lists loaded into memory once per kind, then filtered, counted, sorted and paged in
// C++ (see list_query.h for what a query means). Not the export formats nor the JSON.
//
// [SECTION] Table: interned cells, integer-coded facet columns
// [SECTION] Loading each kind from SQL
// [SECTION] The cache on the connection
// [SECTION] Sort indexes
// [SECTION] Text filter
// [SECTION] Queries
// [SECTION] Items
#include "core/lists/list_query.h"

#include <sqlite3.h>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/bundle/model.h"
#include "core/base/sqlite_statement.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

// =============================================================================================
// [SECTION] Table: interned cells, integer-coded facet columns
// =============================================================================================

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// The texts of a table, each distinct one once; cells hold ids. Id 0 is "". Texts live in
// blocks that never move, so the index's views stay valid.
class StringPool {
 public:
  StringPool() { add(""); }
  std::uint32_t intern(std::string_view text) {
    if (text.empty()) return 0;
    auto it = index_.find(text);
    if (it != index_.end()) return it->second;
    std::uint32_t id = add(text);
    index_.emplace(views_[id], id);
    return id;
  }
  // A text known to occur once (a code): stored without a lookup.
  std::uint32_t add(std::string_view text) {
    views_.push_back(store(text));
    return std::uint32_t(views_.size() - 1);
  }
  std::string_view operator[](std::uint32_t id) const { return views_[id]; }
  std::size_t size() const { return views_.size(); }
  // After loading, nothing is looked up by text any more.
  void freeze() { std::unordered_map<std::string_view, std::uint32_t>().swap(index_); }

 private:
  static constexpr std::size_t kBlock = 64 * 1024;
  std::string_view store(std::string_view text) {
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
  std::vector<std::unique_ptr<char[]>> blocks_;  // the last one is being filled
  std::vector<std::unique_ptr<char[]>> big_;
  std::size_t used_ = 0;
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

// A facet column: its values coded 0…n-1, and each row's codes.
struct FacetColumn {
  int column = 0;  // index into ListTable::columns
  bool multi = false;
  std::vector<std::string> values, labels;
  std::vector<std::int64_t> order;  // display order of each value (ties: first appearance)
  std::unordered_map<std::string, std::uint32_t> by_value;
  std::uint32_t last_code = kNone;  // while loading: the value added last
  std::vector<std::uint32_t> start;  // multi: row r has codes[start[r] … start[r+1])
  std::vector<std::uint32_t> codes;  // single: codes[r], kNone if the row has no value

  std::uint32_t code_of(std::string_view value, std::string_view label, std::int64_t rank) {
    auto it = by_value.find(std::string(value));
    if (it != by_value.end()) return it->second;
    auto code = std::uint32_t(values.size());
    values.emplace_back(value);
    labels.emplace_back(label);
    order.push_back(rank);
    by_value.emplace(std::string(value), code);
    return code;
  }
  template <class F>
  void for_each(std::size_t row, F&& f) const {
    if (!multi) {
      if (codes[row] != kNone) f(codes[row]);
      return;
    }
    for (std::uint32_t i = start[row]; i < start[row + 1]; ++i) f(codes[i]);
  }
};

// Rows of a sort column in order (ties in row order, empty cells last) and each row's rank.
struct SortIndex {
  std::vector<std::uint32_t> order;
  std::vector<std::uint32_t> rank;  // equal keys, equal rank
  std::size_t nonempty = 0;         // order[0, nonempty) have a value
};

// One text per row, back to back (row keys, refs): nothing hashed, 4 bytes a row beyond the text.
struct PackedTexts {
  std::string bytes;
  std::vector<std::uint32_t> ends;  // text i is bytes[ends[i-1], ends[i])

  void push(std::string_view text) {
    bytes += text;
    ends.push_back(std::uint32_t(bytes.size()));
  }
  std::string_view operator[](std::size_t i) const {
    std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(bytes).substr(begin, ends[i] - begin);
  }
  PackedTexts permuted(const std::vector<std::uint32_t>& perm) const {
    PackedTexts out;
    out.bytes.reserve(bytes.size());
    out.ends.reserve(ends.size());
    for (std::uint32_t i : perm) out.push((*this)[i]);
    return out;
  }
};

struct ListTable {
  std::string kind, name;
  std::string fts_kind;  // kind of its rows in the `search` table ("" = not searched there)
  std::vector<ListColumn> columns;
  int code_column = -1;  // matched by code-like text
  std::size_t rows = 0;
  StringPool pool;
  std::vector<std::uint32_t> cells;  // row-major, rows × columns
  PackedTexts keys;  // each row's key
  PackedTexts refs;  // each row's ref in the `search` table (rows of one ref are adjacent)
  std::vector<std::vector<std::int64_t>> numbers;  // per column; filled for numeric ones
  std::vector<FacetColumn> facets;
  std::vector<int> facet_of;  // per column: index into facets, or -1
  // The `search` rows of this kind: rowid - fts_lo → this table's rows [first, first + count).
  // Built on the first text query; a text query then reads rowids only, never the content.
  bool fts_mapped = false;
  std::int64_t fts_lo = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> fts_rows;

  // Caches (a table lives on one connection, used by one thread).
  std::vector<std::unique_ptr<SortIndex>> sorts;
  bool text_cached = false;
  std::string text_key;
  std::vector<std::uint8_t> text_rows;

  std::uint32_t cell_id(std::size_t row, std::size_t column) const {
    return cells[row * columns.size() + column];
  }
  std::string_view cell(std::size_t row, std::size_t column) const {
    return pool[cell_id(row, column)];
  }
  std::string_view key(std::size_t row) const { return keys[row]; }
  // The rows [first, end) sharing `row`'s ref (the stages of one power or matter).
  std::pair<std::size_t, std::size_t> ref_run(std::size_t row) const {
    std::size_t first = row, end = row + 1;
    while (first > 0 && refs[first - 1] == refs[row]) --first;
    while (end < rows && refs[end] == refs[row]) ++end;
    return {first, end};
  }
  int column_index(std::string_view id) const {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].id == id) return int(i);
    }
    return -1;
  }
};

void permute_rows(ListTable* t, const std::vector<std::uint32_t>& perm);

// Fills a ListTable row by row.
class TableLoader {
 public:
  explicit TableLoader(ListTable* table) : t_(table) {}

  int column(const char* id, const char* label, bool facet = false, bool multi = false,
             bool in_default = true, bool numeric = false) {
    return add_column(id, label, facet, multi, in_default, numeric);
  }
  int add_column(std::string id, std::string label, bool facet, bool multi, bool in_default,
                 bool numeric) {
    assert(t_->rows == 0);
    t_->columns.push_back({std::move(id), std::move(label), facet, numeric, in_default});
    t_->numbers.emplace_back();
    if (facet) {
      FacetColumn f;
      f.column = int(t_->columns.size() - 1);
      f.multi = multi;
      t_->facet_of.push_back(int(t_->facets.size()));
      t_->facets.push_back(std::move(f));
    } else {
      t_->facet_of.push_back(-1);
    }
    return int(t_->columns.size() - 1);
  }

  void begin_row(std::string_view key, std::string_view ref) {
    if (last_.size() != t_->columns.size()) last_.assign(t_->columns.size(), 0);
    row_.assign(t_->columns.size(), 0);
    number_.assign(t_->columns.size(), 0);
    t_->keys.push(key);
    t_->refs.push(ref);
    for (FacetColumn& f : t_->facets) {
      if (f.multi) f.start.push_back(std::uint32_t(f.codes.size()));
      else f.codes.push_back(kNone);
    }
  }
  void set(int column, std::string_view text) {
    // Neighbouring rows often repeat a cell (the stages of one power): skip the hash then.
    std::uint32_t& last = last_[std::size_t(column)];
    if (t_->pool[last] != text) last = t_->pool.intern(text);
    row_[std::size_t(column)] = last;
  }
  // A cell no other row repeats (事项编码): stored without the lookup.
  void set_unique(int column, std::string_view text) {
    row_[std::size_t(column)] = text.empty() ? 0 : t_->pool.add(text);
  }
  void set_number(int column, std::int64_t value) {
    set(column, std::to_string(value));
    number_[std::size_t(column)] = value;
  }
  // A facet value of the row (body id, type …); for single-valued columns the first one counts.
  void add_value(int column, std::string_view value, std::string_view label, std::int64_t rank) {
    if (value.empty()) return;
    FacetColumn& f = t_->facets[std::size_t(t_->facet_of[std::size_t(column)])];
    std::uint32_t code = f.last_code < f.values.size() && f.values[f.last_code] == value
                             ? f.last_code
                             : f.code_of(value, label, rank);
    f.last_code = code;
    if (!f.multi) {
      if (f.codes.back() == kNone) f.codes.back() = code;
      return;
    }
    for (std::uint32_t i = f.start.back(); i < f.codes.size(); ++i) {
      if (f.codes[i] == code) return;
    }
    f.codes.push_back(code);
  }
  void end_row() {
    t_->cells.insert(t_->cells.end(), row_.begin(), row_.end());
    for (std::size_t c = 0; c < t_->columns.size(); ++c) {
      if (t_->columns[c].numeric) t_->numbers[c].push_back(number_[c]);
    }
    ++t_->rows;
  }

  // The row's place in list order, when rows are read in another order (SQLite sorting rows
  // with their texts costs more than reordering them here).
  void set_order(std::int64_t order) { order_.push_back(order); }

  // Puts rows in list order and closes the facet columns.
  void finish() {
    if (!order_.empty() && !std::is_sorted(order_.begin(), order_.end())) {
      assert(order_.size() == t_->rows);
      std::vector<std::uint32_t> perm(t_->rows);
      for (std::uint32_t i = 0; i < perm.size(); ++i) perm[i] = i;
      std::stable_sort(perm.begin(), perm.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return order_[a] < order_[b]; });
      permute_rows(t_, perm);
    }
    order_ = {};
    for (FacetColumn& f : t_->facets) {
      if (f.multi) f.start.push_back(std::uint32_t(f.codes.size()));
    }
    t_->pool.freeze();
    t_->sorts.clear();
    t_->sorts.resize(t_->columns.size());
  }

 private:
  ListTable* t_;
  std::vector<std::uint32_t> row_;
  std::vector<std::uint32_t> last_;  // per column: the pool id set last
  std::vector<std::int64_t> number_;
  std::vector<std::int64_t> order_;
};

// Reorders the rows of a loaded table (before finish()): new row i is old row perm[i].
void permute_rows(ListTable* t, const std::vector<std::uint32_t>& perm) {
  const std::size_t width = t->columns.size();
  std::vector<std::uint32_t> cells(t->cells.size());
  for (std::size_t i = 0; i < perm.size(); ++i) {
    std::copy_n(t->cells.begin() + std::ptrdiff_t(perm[i] * width), width,
                cells.begin() + std::ptrdiff_t(i * width));
  }
  t->cells.swap(cells);
  t->keys = t->keys.permuted(perm);
  t->refs = t->refs.permuted(perm);
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
    // Called before finish(): start has one entry per row, the last row ends at codes.size().
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

// =============================================================================================
// [SECTION] Loading each kind from SQL
// =============================================================================================

struct BodyInfo {
  std::string name, category;
  std::int64_t sort = 0;
};
struct CategoryInfo {
  std::string name;
  std::int64_t sort = 0;
};

struct Directory {
  std::unordered_map<std::string, BodyInfo> bodies;
  std::unordered_map<std::string, CategoryInfo> categories;

  explicit Directory(sqlite3* db) {
    Statement b(db, "SELECT id, name, category, sort FROM bodies");
    while (b.step()) bodies[b.text(0)] = {b.text(1), b.text(2), b.integer(3)};
    Statement c(db, "SELECT code, name, sort FROM categories");
    while (c.step()) categories[c.text(0)] = {c.text(1), c.integer(2)};
  }
  const BodyInfo* body(const std::string& id) const {
    if (id == last_id_) return last_;  // a row asks several times; neighbours often share
    auto it = bodies.find(id);
    last_id_ = id;
    last_ = it == bodies.end() ? nullptr : &it->second;
    return last_;
  }
  std::string body_name(const std::string& id) const {
    const BodyInfo* b = body(id);
    return b ? b->name : id;
  }
  std::int64_t body_sort(const std::string& id) const {
    const BodyInfo* b = body(id);
    return b ? b->sort : std::numeric_limits<std::int64_t>::max();
  }
  // The body's category: code, name, display order.
  void category_of(const std::string& body_id, std::string* code, std::string* name,
                   std::int64_t* sort) const {
    const BodyInfo* b = body(body_id);
    *code = b ? b->category : std::string();
    auto it = categories.find(*code);
    *name = it == categories.end() ? *code : it->second.name;
    *sort = it == categories.end() ? 1000 : it->second.sort;
  }
  // Sorts body ids into display order.
  void sort_bodies(std::vector<std::string>* ids) const {
    std::stable_sort(ids->begin(), ids->end(), [&](const std::string& a, const std::string& b) {
      return body_sort(a) < body_sort(b);
    });
  }
  mutable std::string last_id_ = std::string(1, '\0');  // matches no id
  mutable const BodyInfo* last_ = nullptr;

  std::string join_names(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) {
      if (!out.empty()) out += "、";
      out += body_name(id);
    }
    return out;
  }
};

std::int64_t type_rank(std::string_view type) {
  const auto& types = power_item_types();
  auto it = std::find(types.begin(), types.end(), type);
  return it == types.end() ? std::int64_t(types.size()) : std::int64_t(it - types.begin());
}

// Columns the publisher added to powers.csv, in order of first appearance.
std::vector<std::string> power_extra_columns(sqlite3* db) {
  std::vector<std::string> names;
  Statement q(db, "SELECT extra_json FROM powers WHERE extra_json <> '{}' ORDER BY sort");
  while (q.step()) {
    nlohmann::json extra = nlohmann::json::parse(q.text(0), nullptr, false);
    if (!extra.is_object()) continue;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
      if (std::find(names.begin(), names.end(), it.key()) == names.end()) names.push_back(it.key());
    }
  }
  return names;
}

std::string json_cell(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return std::string();
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void load_powers(sqlite3* db, ListTable* t) {
  Directory dir(db);
  TableLoader load(t);
  t->name = "权力清单";
  t->fts_kind = "power";
  const int code = load.column("code", "事项编码");
  const int name = load.column("name", "事项名称");
  const int sub_name = load.column("sub_name", "子项名称");
  const int type = load.column("type", "事项类型", true);
  const int body = load.column("body", "实施主体", true);
  const int basis = load.column("basis", "实施依据");
  const int responsible = load.column("responsible", "责任主体", true);
  const int service_unit = load.column("service_unit", "服务单位");
  const int time_limit = load.column("time_limit", "办理时限");
  const int fee_basis = load.column("fee_basis", "收费依据");
  const int category = load.column("category", "机构类别", true);
  std::vector<std::string> extras = power_extra_columns(db);
  std::vector<int> extra_columns;
  for (const auto& e : extras) extra_columns.push_back(load.add_column("extra:" + e, e, false, false, true, false));
  t->code_column = code;

  Statement q(db,
              "SELECT code, name, sub_name, type, body_id, basis, ifnull(responsible_body_id, ''), "
              "service_unit, time_limit, fee_basis, extra_json, sort FROM powers");
  std::string category_code, category_name;
  std::int64_t category_sort = 0;
  while (q.step()) {
    std::string c = q.text(0);
    load.begin_row(c, c);
    load.set_order(q.integer(11));
    load.set_unique(code, c);
    load.set(name, q.text(1));
    load.set(sub_name, q.text(2));
    std::string ty = q.text(3);
    load.set(type, ty);
    load.add_value(type, ty, ty, type_rank(ty));
    std::string body_id = q.text(4);
    load.set(body, dir.body_name(body_id));
    load.add_value(body, body_id, dir.body_name(body_id), dir.body_sort(body_id));
    load.set(basis, q.text(5));
    std::string responsible_id = q.text(6);
    if (!responsible_id.empty()) {
      load.set(responsible, dir.body_name(responsible_id));
      load.add_value(responsible, responsible_id, dir.body_name(responsible_id),
                     dir.body_sort(responsible_id));
    }
    load.set(service_unit, q.text(7));
    load.set(time_limit, q.text(8));
    load.set(fee_basis, q.text(9));
    dir.category_of(body_id, &category_code, &category_name, &category_sort);
    load.set(category, category_name);
    load.add_value(category, category_code, category_name, category_sort);
    if (!extras.empty()) {
      nlohmann::json extra = nlohmann::json::parse(q.text(10), nullptr, false);
      if (extra.is_object()) {
        for (std::size_t i = 0; i < extras.size(); ++i) {
          auto it = extra.find(extras[i]);
          if (it != extra.end()) load.set(extra_columns[i], json_cell(*it));
        }
      }
    }
    load.end_row();
  }
  load.finish();
}

void load_responsibilities(sqlite3* db, ListTable* t) {
  Directory dir(db);
  TableLoader load(t);
  t->name = "责任清单";
  t->fts_kind = "power";  // a stage row is found through its power
  const int code = load.column("code", "事项编码");
  const int power = load.column("power", "事项名称");
  const int stage = load.column("stage", "环节", true);
  const int duty = load.column("duty", "责任事项");
  const int accountability = load.column("accountability", "追责情形");
  const int body = load.column("body", "责任主体", true);
  const int type = load.column("type", "事项类型", true, false, false);
  const int category = load.column("category", "机构类别", true, false, false);
  t->code_column = code;

  struct PowerInfo {
    std::string name, type;
    std::int64_t sort;
  };
  std::unordered_map<std::string, PowerInfo> powers;
  {
    Statement p(db, "SELECT code, name, type, sort FROM powers");
    while (p.step()) powers[p.text(0)] = {p.text(1), p.text(2), p.integer(3)};
  }
  // Read in primary-key order (power, seq); finish() puts them in the powers' list order.
  Statement q(db,
              "SELECT power_code, seq, stage, duty, accountability, ifnull(body_id, '') "
              "FROM responsibilities ORDER BY power_code, seq");
  std::string category_code, category_name;
  std::int64_t category_sort = 0;
  const PowerInfo missing{"", "", std::numeric_limits<std::int64_t>::max()};
  std::string last_code;
  const PowerInfo* info = &missing;
  while (q.step()) {
    std::string c = q.text(0);
    if (c != last_code) {  // rows come grouped by power
      auto it = powers.find(c);
      info = it == powers.end() ? &missing : &it->second;
      last_code = c;
    }
    const PowerInfo& p = *info;
    load.begin_row(c + "#" + std::to_string(q.integer(1)), c);
    load.set(code, c);
    load.set_order(p.sort);
    load.set(power, p.name);
    std::string st = q.text(2);
    load.set(stage, st);
    load.add_value(stage, st, st, 0);
    load.set(duty, q.text(3));
    load.set(accountability, q.text(4));
    std::string body_id = q.text(5);
    if (!body_id.empty()) {
      load.set(body, dir.body_name(body_id));
      load.add_value(body, body_id, dir.body_name(body_id), dir.body_sort(body_id));
      dir.category_of(body_id, &category_code, &category_name, &category_sort);
      load.set(category, category_name);
      load.add_value(category, category_code, category_name, category_sort);
    }
    load.set(type, p.type);
    load.add_value(type, p.type, p.type, type_rank(p.type));
    load.end_row();
  }
  load.finish();
}

// False if the data declares no such task list.
bool load_tasks(sqlite3* db, const std::string& list_id, ListTable* t) {
  {
    Statement l(db, "SELECT name FROM task_lists WHERE id = ?1");
    l.bind(1, list_id);
    if (!l.step()) return false;
    t->name = l.text(0);
  }
  Directory dir(db);
  TableLoader load(t);
  t->fts_kind = "task";
  const int number = load.column("number", "序号", false, false, true, true);
  const int bodies = load.column("bodies", "责任单位", true, true);
  const int task = load.column("task", "职责任务");
  const int basis = load.column("basis", "依据");
  const int category = load.column("category", "机构类别", true, true, false);

  std::map<std::int64_t, std::vector<std::string>> bodies_of;
  {
    Statement b(db, "SELECT seq, body_id FROM task_bodies WHERE list_id = ?1");
    b.bind(1, list_id);
    while (b.step()) bodies_of[b.integer(0)].push_back(b.text(1));
  }
  Statement q(db, "SELECT seq, number, task, basis FROM tasks WHERE list_id = ?1 ORDER BY seq");
  q.bind(1, list_id);
  std::string category_code, category_name, categories;
  std::int64_t category_sort = 0;
  while (q.step()) {
    std::string ref = list_id + "#" + std::to_string(q.integer(0));
    load.begin_row(ref, ref);
    load.set_number(number, q.integer(1));
    std::vector<std::string>& ids = bodies_of[q.integer(0)];
    dir.sort_bodies(&ids);
    load.set(bodies, dir.join_names(ids));
    categories.clear();
    for (const auto& id : ids) {
      load.add_value(bodies, id, dir.body_name(id), dir.body_sort(id));
      dir.category_of(id, &category_code, &category_name, &category_sort);
      if (categories.find(category_name) == std::string::npos) {
        if (!categories.empty()) categories += "、";
        categories += category_name;
      }
      load.add_value(category, category_code, category_name, category_sort);
    }
    load.set(category, categories);
    load.set(task, q.text(2));
    load.set(basis, q.text(3));
    load.end_row();
  }
  load.finish();
  return true;
}

void load_division(sqlite3* db, ListTable* t) {
  Directory dir(db);
  TableLoader load(t);
  t->name = "职责分工清单";
  t->fts_kind = "matter";
  const int code = load.column("code", "编号");
  const int group = load.column("group", "分组", true);
  const int name = load.column("name", "事项");
  const int stage = load.column("stage", "环节", true);
  const int lead = load.column("lead", "牵头单位", true, true);
  const int cooperating = load.column("cooperating", "配合单位", true, true);
  const int basis = load.column("basis", "依据");
  t->code_column = code;

  std::map<std::string, std::vector<std::string>> leads, cooperators;  // "code#seq" → ids
  {
    Statement b(db, "SELECT code, stage_seq, body_id, role FROM division_stage_bodies");
    while (b.step()) {
      std::string k = b.text(0) + "#" + std::to_string(b.integer(1));
      (b.text(3) == "lead" ? leads : cooperators)[k].push_back(b.text(2));
    }
  }
  Statement q(db,
              "SELECT m.code, m.group_name, m.name, s.seq, ifnull(s.stage, ''), "
              "ifnull(s.basis, '') FROM division_matters m LEFT JOIN division_stages s "
              "ON s.code = m.code ORDER BY m.sort, m.code, s.seq");
  while (q.step()) {
    std::string c = q.text(0);
    std::string seq = q.text(3);  // '' for a matter without stages (LEFT JOIN)
    std::string key = seq.empty() ? c : c + "#" + seq;
    load.begin_row(key, c);
    load.set(code, c);
    std::string g = q.text(1);
    load.set(group, g);
    load.add_value(group, g, g, 0);
    load.set(name, q.text(2));
    std::string st = q.text(4);
    load.set(stage, st);
    load.add_value(stage, st, st, 0);
    for (auto* role : {&leads, &cooperators}) {
      int column = role == &leads ? lead : cooperating;
      std::vector<std::string>& ids = (*role)[key];
      dir.sort_bodies(&ids);
      load.set(column, dir.join_names(ids));
      for (const auto& id : ids) load.add_value(column, id, dir.body_name(id), dir.body_sort(id));
    }
    load.set(basis, q.text(5));
    load.end_row();
  }
  load.finish();
}

// =============================================================================================
// [SECTION] The cache on the connection
// =============================================================================================

struct ListCache {
  std::map<std::string, std::unique_ptr<ListTable>, std::less<>> tables;
};

constexpr const char* kCacheName = "dutyatlas.list_tables";

ListCache* cache_of(sqlite3* db) {
  void* found = sqlite3_get_clientdata(db, kCacheName);
  if (found) return static_cast<ListCache*>(found);
  auto* cache = new ListCache;
  // On failure SQLite calls the destructor itself: then there is no cache.
  int rc = sqlite3_set_clientdata(db, kCacheName, cache,
                                  [](void* p) { delete static_cast<ListCache*>(p); });
  return rc == SQLITE_OK ? cache : nullptr;
}

std::string available_kinds(const DutyDatabase& db) {
  std::string out;
  for (const auto& k : list_kinds(db)) {
    if (!out.empty()) out += ", ";
    out += k.kind;
  }
  return out;
}

// Loads a kind's table, or finds it loaded. `owner` keeps it when there is no cache.
ListTable* table_for(const DutyDatabase& db, std::string_view kind,
                     std::unique_ptr<ListTable>* owner, std::string* error) {
  ListCache* cache = cache_of(db.handle());
  if (cache) {
    auto it = cache->tables.find(kind);
    if (it != cache->tables.end()) return it->second.get();
  }
  auto table = std::make_unique<ListTable>();
  table->kind = std::string(kind);
  sqlite3* h = db.handle();
  bool known = true;
  if (kind == "powers") {
    load_powers(h, table.get());
  } else if (kind == "responsibilities") {
    load_responsibilities(h, table.get());
  } else if (kind == "division") {
    load_division(h, table.get());
  } else if (kind.substr(0, 6) == "tasks:" && kind.size() > 6) {
    known = load_tasks(h, std::string(kind.substr(6)), table.get());
  } else {
    known = false;
  }
  if (!known) {
    *error = "没有名为“" + std::string(kind) + "”的清单（可用：" + available_kinds(db) + "）。";
    return nullptr;
  }
  ListTable* raw = table.get();
  if (cache) cache->tables.emplace(std::string(kind), std::move(table));
  else *owner = std::move(table);
  return raw;
}

// =============================================================================================
// [SECTION] Sort indexes
// =============================================================================================

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

// Ranks rows by rank[] (kNone = empty, last) with a counting sort: stable, O(rows + ranks).
void order_by_rank(SortIndex* index, std::uint32_t rank_count) {
  std::vector<std::uint32_t> bucket(std::size_t(rank_count) + 2, 0);
  auto slot = [&](std::uint32_t rank) { return rank == kNone ? rank_count : rank; };
  for (std::uint32_t r : index->rank) ++bucket[slot(r) + 1];
  for (std::size_t i = 1; i < bucket.size(); ++i) bucket[i] += bucket[i - 1];
  index->nonempty = bucket[rank_count];
  index->order.assign(index->rank.size(), 0);
  for (std::uint32_t row = 0; row < index->rank.size(); ++row) {
    index->order[bucket[slot(index->rank[row])]++] = row;
  }
}

const SortIndex& sort_index(ListTable* t, int column) {
  std::unique_ptr<SortIndex>& cached = t->sorts[std::size_t(column)];
  if (cached) return *cached;
  auto index = std::make_unique<SortIndex>();
  index->rank.assign(t->rows, kNone);
  if (t->columns[std::size_t(column)].numeric) {
    std::vector<std::int64_t> distinct;
    const auto& numbers = t->numbers[std::size_t(column)];
    for (std::size_t r = 0; r < t->rows; ++r) {
      if (t->cell_id(r, std::size_t(column)) != 0) distinct.push_back(numbers[r]);
    }
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (std::size_t r = 0; r < t->rows; ++r) {
      if (t->cell_id(r, std::size_t(column)) == 0) continue;
      index->rank[r] = std::uint32_t(std::lower_bound(distinct.begin(), distinct.end(), numbers[r]) -
                                     distinct.begin());
    }
    order_by_rank(index.get(), std::uint32_t(distinct.size()));
  } else {
    // Keys for the column's distinct texts only, back to back in one buffer, sorted once;
    // rows take their text's rank.
    std::vector<std::uint32_t> rank_of(t->pool.size(), kNone);
    std::vector<std::uint32_t> ids;
    for (std::size_t r = 0; r < t->rows; ++r) {
      std::uint32_t id = t->cell_id(r, std::size_t(column));
      if (id == 0 || rank_of[id] != kNone) continue;
      rank_of[id] = 0;
      ids.push_back(id);
    }
    std::size_t bytes = 0;
    for (std::uint32_t id : ids) bytes += 2 * t->pool[id].size() + 1;
    std::string keys;
    keys.reserve(bytes);
    std::vector<std::uint32_t> ends;
    ends.reserve(ids.size());
    for (std::uint32_t id : ids) {
      append_sort_key(t->pool[id], &keys);
      ends.push_back(std::uint32_t(keys.size()));
    }
    std::vector<SortEntry> sorted(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
      sorted[i] = {keys.data() + begin, ends[i] - begin, ids[i]};
    }
    radix_quicksort(sorted.data(), sorted.size(), 0, 48);
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      if (i > 0 && std::string_view(sorted[i].key, sorted[i].size) !=
                       std::string_view(sorted[i - 1].key, sorted[i - 1].size)) {
        ++rank;
      }
      rank_of[sorted[i].id] = rank;
    }
    for (std::size_t r = 0; r < t->rows; ++r) {
      std::uint32_t id = t->cell_id(r, std::size_t(column));
      if (id != 0) index->rank[r] = rank_of[id];
    }
    order_by_rank(index.get(), sorted.empty() ? 0 : rank + 1);
  }
  cached = std::move(index);
  return *cached;
}

// Calls emit(row) for the rows in sort order (desc: groups of equal keys reversed, rows within
// a group and the empty ones at the end in list order) until emit returns false.
template <class Emit>
void walk_sorted(const SortIndex& index, bool descending, Emit&& emit) {
  const std::size_t n = index.order.size();
  if (!descending) {
    for (std::size_t i = 0; i < n; ++i) {
      if (!emit(index.order[i])) return;
    }
    return;
  }
  std::size_t end = index.nonempty;
  while (end > 0) {
    std::size_t begin = end - 1;
    std::uint32_t rank = index.rank[index.order[begin]];
    while (begin > 0 && index.rank[index.order[begin - 1]] == rank) --begin;
    for (std::size_t i = begin; i < end; ++i) {
      if (!emit(index.order[i])) return;
    }
    end = begin;
  }
  for (std::size_t i = index.nonempty; i < n; ++i) {
    if (!emit(index.order[i])) return;
  }
}

// =============================================================================================
// [SECTION] Text filter
// =============================================================================================

bool is_blank(std::string_view folded) {
  return folded.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n\f\v");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n\f\v");
  return s.substr(b, e - b + 1);
}

// Text a reader would type for a code: XZCF-QWB-0001, a01, qwb-00.
bool looks_like_code(std::string_view folded) {
  if (folded.size() < 2) return false;
  return std::all_of(folded.begin(), folded.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
           c == '#';
  });
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return ascii_lower(a) == b; });
  return it != haystack.end();
}

// Maps the rowids of the table's kind in `search` to its rows with one scan of the index's
// content (on the first text query), so that text queries later read rowids only. The index holds the rows in list order
// (search_index.cpp inserts them so), so the scan walks the table's runs of equal refs along;
// a ref out of step is looked up in a map made only then.
void map_fts_rows(const DutyDatabase& db, ListTable* t) {
  t->fts_mapped = true;
  using Range = std::pair<std::uint32_t, std::uint32_t>;
  std::vector<Range> runs;
  for (std::size_t r = 0; r < t->rows;) {
    auto [first, end] = t->ref_run(r);
    runs.emplace_back(std::uint32_t(first), std::uint32_t(end - first));
    r = end;
  }
  std::unordered_map<std::string_view, std::size_t> run_of;  // made only if the walk loses step
  auto find_run = [&](std::string_view ref) -> std::size_t {
    if (run_of.empty()) {
      for (std::size_t i = 0; i < runs.size(); ++i) run_of.emplace(t->refs[runs[i].first], i);
    }
    auto it = run_of.find(ref);
    return it == run_of.end() ? runs.size() : it->second;
  };
  std::vector<std::pair<std::int64_t, Range>> found;
  std::size_t next = 0;  // the run expected next
  // The FTS5 content table holds the columns as c0 (kind), c1 (ref), …: reading it directly
  // skips the FTS5 cursor, which loads every column of every row. Through the FTS table if
  // that ever changes.
  Statement content(db.handle(), "SELECT id, c1 FROM search_content WHERE c0 = ?1 ORDER BY id");
  Statement fts(db.handle(), "SELECT rowid, ref FROM search WHERE kind = ?1 ORDER BY rowid");
  Statement& q = content.ok() ? content : fts;
  q.bind(1, t->fts_kind);
  while (q.step()) {
    std::string ref = q.text(1);
    std::size_t run = next < runs.size() && t->refs[runs[next].first] == ref ? next : find_run(ref);
    if (run == runs.size()) continue;  // another task list's task
    found.emplace_back(q.integer(0), runs[run]);
    next = run + 1;
  }
  if (found.empty()) return;
  t->fts_lo = found.front().first;
  t->fts_rows.assign(std::size_t(found.back().first - t->fts_lo + 1), {0, 0});
  for (const auto& [rowid, range] : found) t->fts_rows[std::size_t(rowid - t->fts_lo)] = range;
}

// The rows matching `text` (1 = match), or null when the text filters nothing. Computed once
// per text and kept for the next query with the same text.
const std::vector<std::uint8_t>* text_rows(const DutyDatabase& db, ListTable* t,
                                           const std::string& text) {
  std::string folded = fold_text(text);
  if (is_blank(folded)) return nullptr;
  if (t->text_cached && t->text_key == text) return &t->text_rows;
  std::vector<std::uint8_t> rows(t->rows, 0);
  std::string match = build_match_expression(text);
  if (!match.empty() && !t->fts_kind.empty()) {
    if (!t->fts_mapped) map_fts_rows(db, t);
    const auto hi = t->fts_lo + std::int64_t(t->fts_rows.size()) - 1;
    Statement q(db.handle(), "SELECT rowid FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
    q.bind(1, match).bind(2, (long long)t->fts_lo).bind(3, (long long)hi);
    while (q.step()) {
      const auto& range = t->fts_rows[std::size_t(q.integer(0) - t->fts_lo)];
      std::fill_n(rows.begin() + range.first, range.second, std::uint8_t(1));
    }
  }
  std::string_view code = trim(folded);
  if (t->code_column >= 0 && looks_like_code(code)) {
    for (std::size_t r = 0; r < t->rows; ++r) {
      if (!rows[r] && contains_folded(t->cell(r, std::size_t(t->code_column)), code)) rows[r] = 1;
    }
  }
  t->text_rows.swap(rows);
  t->text_key = text;
  t->text_cached = true;
  return &t->text_rows;
}

// =============================================================================================
// [SECTION] Queries
// =============================================================================================

std::string column_ids(const ListTable& t, bool facets_only) {
  std::string out;
  for (const auto& c : t.columns) {
    if (facets_only && !c.facet) continue;
    if (!out.empty()) out += ", ";
    out += c.id;
  }
  return out;
}

ListRow make_row(const ListTable& t, std::size_t row, const std::vector<int>& columns) {
  ListRow out;
  out.key = std::string(t.key(row));
  out.cells.reserve(columns.size());
  for (int c : columns) out.cells.emplace_back(t.cell(row, std::size_t(c)));
  return out;
}

std::vector<int> default_columns(const ListTable& t) {
  std::vector<int> out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].in_default) out.push_back(int(i));
  }
  return out;
}

// An active filter: which codes of a facet column are chosen.
struct ActiveFilter {
  int facet;
  std::vector<std::uint8_t> chosen;
};

bool passes(const FacetColumn& f, const ActiveFilter& a, std::size_t row) {
  if (!f.multi) return f.codes[row] != kNone && a.chosen[f.codes[row]];
  for (std::uint32_t i = f.start[row]; i < f.start[row + 1]; ++i) {
    if (a.chosen[f.codes[i]]) return true;
  }
  return false;
}

}  // namespace

bool list_columns(const DutyDatabase& db, std::string_view kind, std::vector<ListColumn>* columns,
                  std::string* error) {
  std::unique_ptr<ListTable> owner;
  ListTable* t = table_for(db, kind, &owner, error);
  if (!t) return false;
  *columns = t->columns;
  return true;
}

std::vector<ListKindInfo> list_kinds(const DutyDatabase& db) {
  std::vector<ListKindInfo> out;
  auto count = [&](const char* sql) -> std::size_t {
    Statement q(db.handle(), sql);
    return q.step() ? std::size_t(q.integer(0)) : 0;
  };
  out.push_back({"powers", "权力清单", count("SELECT count(*) FROM powers")});
  out.push_back({"responsibilities", "责任清单", count("SELECT count(*) FROM responsibilities")});
  Statement lists(db.handle(),
                  "SELECT l.id, l.name, (SELECT count(*) FROM tasks t WHERE t.list_id = l.id) "
                  "FROM task_lists l ORDER BY l.sort");
  while (lists.step()) {
    out.push_back({"tasks:" + lists.text(0), lists.text(1), std::size_t(lists.integer(2))});
  }
  out.push_back({"division", "职责分工清单",
                 count("SELECT count(*) FROM division_matters m LEFT JOIN division_stages s "
                       "ON s.code = m.code")});
  return out;
}

bool run_list_query(const DutyDatabase& db, const ListQuery& query, ListResult* result,
                    std::string* error) {
  std::unique_ptr<ListTable> owner;
  ListTable* t = table_for(db, query.kind, &owner, error);
  if (!t) return false;

  // Columns, filters and sort, checked before any work.
  std::vector<int> columns;
  if (query.columns.empty()) columns = default_columns(*t);
  for (const auto& id : query.columns) {
    int c = t->column_index(id);
    if (c < 0) {
      *error = t->name + "没有“" + id + "”列（可用：" + column_ids(*t, false) + "）。";
      return false;
    }
    columns.push_back(c);
  }
  for (const auto& [column, values] : query.filters) {
    int c = t->column_index(column);
    if (c < 0 || t->facet_of[std::size_t(c)] < 0) {
      *error = t->name + "不能按“" + column + "”筛选（可筛选：" + column_ids(*t, true) + "）。";
      return false;
    }
  }
  int sort_column = -1;
  if (!query.sort.empty()) {
    sort_column = t->column_index(query.sort);
    if (sort_column < 0) {
      *error = t->name + "不能按“" + query.sort + "”排序（可用：" + column_ids(*t, false) + "）。";
      return false;
    }
  }

  ListResult out;
  out.kind = t->kind;
  out.name = t->name;
  out.text = query.text;
  out.descending = query.descending;
  out.offset = query.offset;
  for (int c : columns) out.columns.push_back(t->columns[std::size_t(c)]);
  out.all_columns = t->columns;
  if (sort_column >= 0) {
    out.sort = t->columns[std::size_t(sort_column)].id;
    out.sort_label = t->columns[std::size_t(sort_column)].label;
  }

  std::vector<ActiveFilter> active;
  std::vector<std::vector<std::string>> unknown(t->facets.size());  // chosen, absent from data
  for (std::size_t fi = 0; fi < t->facets.size(); ++fi) {
    const FacetColumn& f = t->facets[fi];
    auto it = query.filters.find(t->columns[std::size_t(f.column)].id);
    if (it == query.filters.end() || it->second.empty()) continue;
    ActiveFilter a{int(fi), std::vector<std::uint8_t>(f.values.size(), 0)};
    for (const auto& v : it->second) {
      auto code = f.by_value.find(v);
      if (code != f.by_value.end()) a.chosen[code->second] = 1;
      else if (std::find(unknown[fi].begin(), unknown[fi].end(), v) == unknown[fi].end()) unknown[fi].push_back(v);
    }
    active.push_back(std::move(a));
  }

  const std::vector<std::uint8_t>* text_ok = text_rows(db, t, query.text);

  // One pass: a row failing no filter is a match and counts in every facet; a row failing
  // exactly one filter counts in that filter's facet (what choosing there would add).
  std::vector<std::vector<std::size_t>> counts(t->facets.size());
  for (std::size_t fi = 0; fi < t->facets.size(); ++fi) counts[fi].assign(t->facets[fi].values.size(), 0);
  std::vector<std::uint8_t> matched(t->rows, 0);
  std::size_t total = 0;
  for (std::size_t row = 0; row < t->rows; ++row) {
    if (text_ok && !(*text_ok)[row]) continue;
    int failed = -1;
    int failures = 0;
    for (const ActiveFilter& a : active) {
      if (passes(t->facets[std::size_t(a.facet)], a, row)) continue;
      failed = a.facet;
      if (++failures > 1) break;
    }
    if (failures == 0) {
      matched[row] = 1;
      ++total;
      for (std::size_t fi = 0; fi < t->facets.size(); ++fi) {
        auto& c = counts[fi];
        t->facets[fi].for_each(row, [&](std::uint32_t code) { ++c[code]; });
      }
    } else if (failures == 1) {
      auto& c = counts[std::size_t(failed)];
      t->facets[std::size_t(failed)].for_each(row, [&](std::uint32_t code) { ++c[code]; });
    }
  }
  out.total = total;

  // The page.
  std::size_t skip = query.offset;
  std::size_t want = query.limit;
  auto take = [&](std::uint32_t row) {
    if (!matched[row]) return true;
    if (skip > 0) {
      --skip;
      return true;
    }
    if (want == 0) return false;
    out.rows.push_back(make_row(*t, row, columns));
    --want;
    return want > 0;
  };
  if (want > 0 && query.offset < total) {
    if (sort_column >= 0) {
      walk_sorted(sort_index(t, sort_column), query.descending, take);
    } else {
      for (std::uint32_t row = 0; row < t->rows; ++row) {
        if (!take(row)) break;
      }
    }
  }

  // Facets, and the filters in words.
  for (std::size_t fi = 0; fi < t->facets.size(); ++fi) {
    const FacetColumn& f = t->facets[fi];
    const ListColumn& column = t->columns[std::size_t(f.column)];
    const ActiveFilter* a = nullptr;
    for (const auto& candidate : active) {
      if (candidate.facet == int(fi)) a = &candidate;
    }
    Facet facet{column.id, column.label, {}};
    std::vector<std::uint32_t> codes(f.values.size());
    for (std::uint32_t i = 0; i < codes.size(); ++i) codes[i] = i;
    std::stable_sort(codes.begin(), codes.end(), [&](std::uint32_t x, std::uint32_t y) {
      if (counts[fi][x] != counts[fi][y]) return counts[fi][x] > counts[fi][y];
      return f.order[x] < f.order[y];
    });
    for (std::uint32_t code : codes) {
      facet.values.push_back({f.values[code], f.labels[code], counts[fi][code], a && a->chosen[code]});
    }
    for (const auto& v : unknown[fi]) facet.values.push_back({v, v, 0, true});
    if (a || !unknown[fi].empty()) {
      AppliedFilter applied{column.id, column.label, {}};
      // In the order the reader chose them.
      for (const auto& v : query.filters.find(column.id)->second) {
        for (const auto& fv : facet.values) {
          if (fv.value == v && fv.selected) {
            bool seen = std::any_of(applied.values.begin(), applied.values.end(),
                                    [&](const FacetValue& x) { return x.value == v; });
            if (!seen) applied.values.push_back(fv);
          }
        }
      }
      out.filters.push_back(std::move(applied));
    }
    out.facets.push_back(std::move(facet));
  }
  *result = std::move(out);
  return true;
}

// =============================================================================================
// [SECTION] Items
// =============================================================================================

namespace {

std::vector<LinkedResponsibility> linked_responsibilities(const DutyDatabase& db,
                                                          const std::string& power_code) {
  std::vector<LinkedResponsibility> out;
  Statement q(db.handle(),
              "SELECT r.seq, r.stage, r.duty, r.accountability, ifnull(r.body_id, ''), "
              "ifnull(b.name, '') FROM responsibilities r LEFT JOIN bodies b ON b.id = r.body_id "
              "WHERE r.power_code = ?1 ORDER BY r.seq");
  q.bind(1, power_code);
  while (q.step()) {
    LinkedResponsibility r;
    r.seq = int(q.integer(0));
    r.key = power_code + "#" + std::to_string(r.seq);
    r.stage = q.text(1);
    r.duty = q.text(2);
    r.accountability = q.text(3);
    r.body_id = q.text(4);
    r.body_name = q.text(5);
    out.push_back(std::move(r));
  }
  return out;
}

// The bodies a row names in a facet column of bodies, with a role.
void add_bodies(const ListTable& t, std::size_t row, const char* column, const char* role,
                std::vector<ListItemBody>* out) {
  int c = t.column_index(column);
  if (c < 0 || t.facet_of[std::size_t(c)] < 0) return;
  const FacetColumn& f = t.facets[std::size_t(t.facet_of[std::size_t(c)])];
  f.for_each(row, [&](std::uint32_t code) { out->push_back({f.values[code], f.labels[code], role}); });
}

}  // namespace

bool list_item(const DutyDatabase& db, std::string_view kind, std::string_view key,
               ListItem* item, std::string* error) {
  std::unique_ptr<ListTable> owner;
  ListTable* t = table_for(db, kind, &owner, error);
  if (!t) return false;
  std::size_t row = t->rows;
  for (std::size_t r = 0; r < t->rows; ++r) {
    if (t->key(r) == key) {
      row = r;
      break;
    }
  }
  if (row == t->rows && t->kind == "division") {  // a matter's 编号: its first stage
    for (std::size_t r = 0; r < t->rows && row == t->rows; ++r) {
      if (t->refs[r] == key) row = r;
    }
  }
  if (row == t->rows) {
    *error = t->name + "中没有编号为“" + std::string(key) + "”的事项。";
    return false;
  }

  ListItem out;
  out.kind = t->kind;
  out.key = std::string(t->key(row));
  for (std::size_t c = 0; c < t->columns.size(); ++c) {
    out.fields.push_back({t->columns[c].id, t->columns[c].label, std::string(t->cell(row, c))});
  }
  auto field = [&](const char* id) {
    int c = t->column_index(id);
    return c < 0 ? std::string() : std::string(t->cell(row, std::size_t(c)));
  };
  if (t->kind == "powers") {
    out.title = field("name");
    if (!field("sub_name").empty()) out.title += "（" + field("sub_name") + "）";
    out.basis = field("basis");
    add_bodies(*t, row, "body", "implementing", &out.bodies);
    add_bodies(*t, row, "responsible", "responsible", &out.bodies);
    out.responsibilities = linked_responsibilities(db, field("code"));
  } else if (t->kind == "responsibilities") {
    out.title = field("power") + " · " + field("stage");
    Statement q(db.handle(), "SELECT basis FROM powers WHERE code = ?1");
    q.bind(1, field("code"));
    if (q.step()) out.basis = q.text(0);
    add_bodies(*t, row, "body", "responsible", &out.bodies);
    out.responsibilities = linked_responsibilities(db, field("code"));
  } else if (t->kind == "division") {
    out.title = field("name");
    if (!field("stage").empty()) out.title += " · " + field("stage");
    out.basis = field("basis");
    add_bodies(*t, row, "lead", "lead", &out.bodies);
    add_bodies(*t, row, "cooperating", "cooperate", &out.bodies);
    std::vector<int> columns = default_columns(*t);
    for (int c : columns) out.stage_columns.push_back(t->columns[std::size_t(c)]);
    auto [first, end] = t->ref_run(row);
    for (std::size_t r = first; r < end; ++r) out.stages.push_back(make_row(*t, r, columns));
  } else {  // a task list
    out.title = t->name + " 第" + field("number") + "项";
    out.basis = field("basis");
    add_bodies(*t, row, "bodies", "responsible", &out.bodies);
  }
  if (!out.bodies.empty()) out.body = out.bodies.front();
  *item = std::move(out);
  return true;
}

}  // namespace dutyatlas
