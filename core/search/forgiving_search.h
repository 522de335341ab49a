// Search that forgives: what the search box and `{query: "search"}` answer. A query whose words
// all occur together is answered as search.h does; one that finds nothing or too little — a
// sentence typed as one would say it, a name with one wrong character — gets partial matches
// and, where one exists, a "您是不是要找…" suggestion. Not the ranking itself (search.h), not
// the suggestion's making (did_you_mean.h).
//
// forgiving_search(text):
//   1. strict: every word required (search.h). When it finds at least kEnoughStrictRows rows,
//      that is the answer.
//   2. any-term fallback (a sentence: "楼上卫生间漏水渗到我家天花板" holds no row with all of its
//      bigrams): the query's distinctive terms (sentence_terms()) joined by OR, ranked by the
//      same BM25 and kind weights — rows holding more, and rarer, terms first. Rows holding every
//      word (when there are a few) come first, then the others, up to the limit;
//      `strict_hits` says how many lead. The terms marked in snippets are the distinctive ones.
//   3. a suggestion (did_you_mean.h) when the strict match found fewer than kEnoughStrictRows:
//      offered, never applied — a reader may mean exactly what they typed (a body since
//      abolished, a word of a document), and the suggestion is one tap away.
// The answer says which happened, so the page can say "没有同时包含全部词语的结果，以下为部分匹配"
// and offer 谁来管 for the sentence.
//
// sentence_terms(text): the query-mode tokens (tokenizer.h) that are worth asking for on
// their own, in the order typed, each once — dropping
//   * terms the index does not hold (search_vocab: most bigrams across two words of a sentence,
//     渗到, 我家, occur nowhere; asking for them costs and finds nothing);
//   * the district's own name (示例区 → 示例, 例区): every body's name holds it;
//   * terms held by more than kStopShare of the rows, and by more than kStopMinRows (管理, 负责,
//     依法 …): stop-words of this publication, measured from its own index, not a hand list (a
//     publication of a few dozen rows has none).
//
// Costs (demo district, native): a query that finds enough rows pays one count more than
// search(); a fallback pays the vocabulary look-ups of its terms and a second ranking; a
// suggestion, the first time, reads the index's vocabulary once (did_you_mean.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/search/search.h"

namespace dutyatlas {

// Below this many rows with every word, the any-term rows are added (a sentence that happens to
// match once or twice still deserves the rows that hold most of it).
inline constexpr int kEnoughStrictRows = 3;
// A term held by more than this share of the index's rows is a stop-word of the publication.
inline constexpr double kStopShare = 0.05;
inline constexpr long long kStopMinRows = 50;

struct SearchAnswer {
  std::vector<SearchHit> hits;      // best first
  std::vector<SearchCount> counts;  // per kind and category, of the rows the answer draws on
  bool partial = false;             // rows with only some of the words are among the hits
  int strict_hits = 0;              // how many leading hits hold every word
  std::vector<std::string> terms;   // partial: the distinctive terms asked for, in order typed
  std::string suggestion;           // 您是不是要找…: the text with one character fixed, or ""
};

SearchAnswer forgiving_search(const DutyDatabase& db, std::string_view text,
                              const SearchOptions& options = {});

// The distinctive terms of a query (see above), folded.
std::vector<std::string> sentence_terms(const DutyDatabase& db, std::string_view text);

}  // namespace dutyatlas
