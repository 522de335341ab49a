// 谁来管, step 1: a citizen's complaint → the FTS5 OR query that asks for what it is about.
// Internal to who.cpp (and its tests); not the ranking or crediting of hits (who.h).
//
// A complaint is colloquial text, not a query: most of its words say who is speaking, where and
// when ("我们小区楼下每天晚上…"), a few say what is wrong. complaint_query() keeps, in the order
// they first occur:
//   * its query-mode tokens (tokenizer.h) minus filler: numbers (house numbers, dates, times,
//     phone numbers; an ASCII word such as KTV stays), lone ideographs (of a date, 2025年3月, or
//     a sentence, 称：), bigrams with a particle or pronoun (的烧, 我家, 他们), and the colloquial
//     bigrams of who, where, when, speaking to the hotline and how upset (小区, 晚上, 投诉, 严重:
//     each one that happens to occur in some duty drags an unrelated body up);
//   * then each of the publisher's one-character words (single_character_words) the folded
//     complaint contains — 吵 in 太吵了, 臭 in 臭得要命, where the bigrams find nothing;
//   * only terms `search_vocab` holds (search_index.h): most bigrams of colloquial text occur
//     nowhere in duties and lists, and each costs bm25() for every row the query finds (a
//     300-character complaint asks for ~100 bigrams of which ~20 occur; without the rest it
//     ranks twice as fast, the same way);
//   * at most the first 192 terms, each a quoted phrase joined by OR; a term said twice or more
//     is given twice (bm25() sums over phrases: it weighs double, not more — a rant repeats
//     itself) while the query has fewer than 256 phrases.
// Empty `match` when nothing is left (only punctuation, emoji or filler): nothing to ask.
// Cost: one tokenize of the complaint, a scan of the folded text per one-character word, one
// indexed vocabulary look-up per distinct remaining term.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// The one-character words the publisher lists as keywords or synonyms (狗, 吵, 臭), folded,
// without filler and ASCII (a letter would match inside words). Asked for by themselves when a
// complaint says them: the index holds every single character of a text, and rows that contain
// a synonym of such a word carry the word itself. Read once per connection by who.cpp.
std::vector<std::string> single_character_words(const DutyDatabase& db);

// The OR query for a complaint, and the (folded) terms it asks for (to mark in snippets).
struct ComplaintQuery {
  std::string match;
  std::set<std::string> terms;
  std::map<std::string, long long> rows_holding;  // each term's row count (who_confidence.h)
};

ComplaintQuery complaint_query(const DutyDatabase& db,
                               const std::vector<std::string>& single_character_words,
                               std::string_view complaint);

}  // namespace dutyatlas
