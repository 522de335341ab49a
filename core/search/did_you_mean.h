// "您是不是要找…": a query with one wrong character → what the reader most likely meant, from
// the bodies' names and the index's vocabulary (search_vocab, search_index.h). Asked by
// forgiving_search.h when the words typed find (almost) nothing; not for ranking anything.
//
// did_you_mean(text), on the folded text with its ends trimmed, 2–32 code points:
//   1. a body's full or short name one edit away — one character different, added or dropped
//      (示例区生态环竟局 → 示例区生态环境局, 区人社居 → 区人社局) — wins: names are what readers
//      type and mistype most, and a name is a sure target. Of several, the first in the bodies'
//      published order.
//   2. else the text with one character changed — or, if no such text finds a row, one added
//      or dropped inside it (at the ends that only widens or narrows the query) — such that
//      every bigram of it is one the index holds (违法建没 → 违法建设). The new character is one
//      the index puts after the character before it (or, at the start, before the character
//      after it): no blind walk over the whole character set. Candidates are ordered by the
//      document frequency of the rarest bigram the edit made (保障 before 保章's other
//      neighbours); the best kCheckedCandidates are counted as a search would (every word
//      required), and the one that finds the most rows wins.
//   3. "" when nothing one edit away finds a row.
// Costs: the vocabulary (every term with its document frequency, the bigrams by their first
// and second character) is read at the first suggestion and kept on the connection
// (sqlite3_set_clientdata; a bundle is read-only). Then a suggestion costs a few hundred hash
// look-ups and at most kCheckedCandidates counts.
#pragma once

#include <string>
#include <string_view>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

inline constexpr int kCheckedCandidates = 6;

std::string did_you_mean(const DutyDatabase& db, std::string_view text);

// True when `a` becomes `b` by changing, adding or dropping exactly one code point.
bool one_edit_apart(std::u32string_view a, std::u32string_view b);

}  // namespace dutyatlas
