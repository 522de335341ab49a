// "您是不是要找…": one edit away, from the bodies' names and the index's vocabulary (see
// did_you_mean.h).
#include "core/search/did_you_mean.h"

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/base/sqlite_statement.h"
#include "core/base/text.h"
#include "core/base/utf8.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

constexpr std::size_t kMinChars = 2, kMaxChars = 32;

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t pos = 0; pos < text.size();) out.push_back(next_code_point(text, &pos));
  return out;
}

std::string utf8_of(std::u32string_view cps) {
  std::string out;
  for (char32_t cp : cps) append_utf8(&out, cp);
  return out;
}

// What a suggestion needs of the publication, read once per connection.
struct Vocabulary {
  std::unordered_map<std::string, long long> rows_with;  // term → rows holding it
  std::map<char32_t, std::vector<char32_t>> after;       // first → second characters of bigrams
  std::map<char32_t, std::vector<char32_t>> before;      // second → first characters
  std::vector<std::pair<std::string, std::u32string>> names;  // display name, folded code points
};

// Owned until returned: a damaged database makes a statement throw half way (found by the
// bundle fuzz target), and the half-read vocabulary must not leak.
Vocabulary* read_vocabulary(const DutyDatabase& db) {
  auto v = std::make_unique<Vocabulary>();
  Statement terms(db.handle(), "SELECT term, doc FROM search_vocab");
  while (terms.step()) {
    std::string term = terms.text(0);
    v->rows_with[term] = terms.integer(1);
    std::u32string cps = code_points(term);
    // Ideograph bigrams only: ASCII tokens are whole words, not pairs of characters.
    if (cps.size() != 2 || cps[0] < 0x80 || cps[1] < 0x80) continue;
    v->after[cps[0]].push_back(cps[1]);
    v->before[cps[1]].push_back(cps[0]);
  }
  Statement bodies(db.handle(), "SELECT name, short_name FROM bodies ORDER BY sort");
  while (bodies.step()) {
    for (int column : {0, 1}) {
      std::string name = bodies.text(column);
      if (!name.empty()) v->names.push_back({name, code_points(fold_text(name))});
    }
  }
  return v.release();
}

const Vocabulary& vocabulary(const DutyDatabase& db, std::unique_ptr<Vocabulary>* fallback) {
  constexpr const char* kName = "dutyatlas.suggestion_vocabulary";
  if (void* found = sqlite3_get_clientdata(db.handle(), kName)) {
    return *static_cast<Vocabulary*>(found);
  }
  Vocabulary* v = read_vocabulary(db);
  // On failure SQLite calls the destructor itself: then this call reads its own copy.
  if (sqlite3_set_clientdata(db.handle(), kName, v,
                             [](void* p) { delete static_cast<Vocabulary*>(p); }) == SQLITE_OK) {
    return *v;
  }
  fallback->reset(read_vocabulary(db));
  return **fallback;
}

// How many rows hold the rarest of the tokens the edit made (those of `text` not in `typed`):
// the likelier fix is the commoner word. 0 when a token of `text` is not indexed at all.
long long rarest_new_token_rows(const Vocabulary& v, std::string_view text,
                                const std::set<std::string>& typed) {
  long long rarest = LLONG_MAX;
  for (const Token& t : tokenize(text, TokenizeMode::kQuery)) {
    auto it = v.rows_with.find(t.text);
    if (it == v.rows_with.end()) return 0;
    if (!typed.count(t.text)) rarest = std::min(rarest, it->second);
  }
  return rarest == LLONG_MAX ? 0 : rarest;
}

// Characters the index has right after `previous`, or else right before `next` (0: none):
// those that may stand between the two.
const std::vector<char32_t>& between(const Vocabulary& v, char32_t previous, char32_t next) {
  static const std::vector<char32_t> kNone;
  if (auto it = v.after.find(previous); previous && it != v.after.end()) return it->second;
  if (auto it = v.before.find(next); next && it != v.before.end()) return it->second;
  return kNone;
}

// The texts one edit from `cps` whose new character the index has beside its neighbour, in two
// tiers: [0] one character changed — the commonest slip, and a text of the length typed —
// [1] one added or dropped inside the text (at its ends, dropping a character only widens the
// query and adding one only narrows it: neither is a fix).
std::vector<std::u32string> edits(const Vocabulary& v, const std::u32string& cps, int tier) {
  auto at = [&](std::size_t i) { return i < cps.size() ? cps[i] : char32_t(0); };
  std::vector<std::u32string> out;
  if (tier == 0) {
    for (std::size_t i = 0; i < cps.size(); ++i) {
      for (char32_t c : between(v, i ? cps[i - 1] : 0, at(i + 1))) {
        if (c != cps[i]) out.push_back(cps.substr(0, i) + c + cps.substr(i + 1));
      }
    }
    return out;
  }
  for (std::size_t i = 1; i + 1 < cps.size(); ++i) out.push_back(cps.substr(0, i) + cps.substr(i + 1));
  for (std::size_t i = 1; i < cps.size(); ++i) {
    for (char32_t c : between(v, cps[i - 1], cps[i])) out.push_back(cps.substr(0, i) + c + cps.substr(i));
  }
  return out;
}

long long rows_holding_every_word(const DutyDatabase& db, const std::string& text) {
  std::string match = build_match_expression(text);
  if (match.empty()) return 0;
  Statement q(db.handle(), "SELECT count(*) FROM search WHERE search MATCH ?1");
  q.bind(1, match);
  return q.step() ? q.integer(0) : 0;
}

}  // namespace

bool one_edit_apart(std::u32string_view a, std::u32string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return i < a.size() && a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);  // b has one more, at i
}

std::string did_you_mean(const DutyDatabase& db, std::string_view text) {
  db.require_search();
  std::u32string cps = code_points(fold_text(trim(text)));
  if (cps.size() < kMinChars || cps.size() > kMaxChars) return "";
  std::unique_ptr<Vocabulary> own;
  const Vocabulary& v = vocabulary(db, &own);
  for (const auto& [name, folded] : v.names) {
    if (one_edit_apart(cps, folded)) return name;
  }
  std::set<std::string> typed;
  for (const Token& t : tokenize(utf8_of(cps), TokenizeMode::kQuery)) typed.insert(t.text);
  for (int tier : {0, 1}) {
    std::vector<std::pair<long long, std::string>> candidates;  // rarest new token's rows, text
    std::set<std::u32string> seen;
    for (const std::u32string& edit : edits(v, cps, tier)) {
      if (!seen.insert(edit).second) continue;
      std::string candidate = utf8_of(edit);
      if (long long rows = rarest_new_token_rows(v, candidate, typed); rows > 0) {
        candidates.push_back({rows, std::move(candidate)});
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string best;
    long long best_rows = 0;
    for (std::size_t i = 0; i < candidates.size() && i < std::size_t(kCheckedCandidates); ++i) {
      long long rows = rows_holding_every_word(db, candidates[i].second);
      if (rows > best_rows) best_rows = rows, best = candidates[i].second;
    }
    if (!best.empty()) return best;
  }
  return "";
}

}  // namespace dutyatlas
