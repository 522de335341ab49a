// 谁来管 ("who"): the bodies most likely to handle a citizen's complaint, best first, each with
// the rows that say so. Reads the `search` table (search_index.h) and, once per connection, the
// bodies and the 职责分工清单's stages. Not the search box (search.h).
//
// who_handles()
//   1. turns the complaint into an OR query over what it is about (who_query.h: its bigrams
//      minus filler, numbers and lone characters, plus the publisher's one-character words it
//      contains; a word said twice counts twice; only terms the index holds);
//   2. runs it over the duties, matters, powers, divisions, tasks and bodies, with its own column
//      weights (title 8, text 1, keywords 12, owner 0: a publisher's keyword is the best evidence
//      of an everyday word; the body a duty belongs to is no evidence at all) and kind weights
//      (matter 2.0, duty 1.6, power 1.0, body 1.0, task 0.8, division 0.3: a matter of the 职责
//      分工清单 or a 主要职责 clause says more about "who" than one of hundreds of list items),
//      keeping the best 400 rows;
//   3. credits each hit to a body: a matter to every body it names — in full to the bodies that
//      lead its supervision or enforcement, half to those that cooperate or only approve (the
//      谁来管 of 燃放烟花爆竹 is who enforces the ban, not who licenses the shop) — a hit on a
//      body's name only when the complaint names that body, and a body without duties of its own
//      (a school, a 领导小组) passes its hit to its host, or else its parent, × 0.6 a level (up
//      to 3 levels); a row found only by its owner's name scores nothing;
//   4. sums per body only its best three hits, weighted 1, 0.5, 0.25, so a body with hundreds of
//      loosely matching powers does not outrun the one whose duty matches squarely;
//   5. lowers the 属地 bodies (街道, 镇) the complaint does not name to 0.4: all of them carry the
//      same duties, so unnamed they say nothing about which one, and the functional department
//      that answers for the matter ranks first. A street or town the complaint names keeps its
//      score.
// Then the answer is grouped — exactly one 牵头, then 配合, then 相关 (who_groups.h) — and
// titles, evidence text and the document behind each duty are read for the evidence shown only
// (at most 5 per body): the whole sentence or two around the match (sentence_snippet.h), up to
// `evidence_chars`, with only the complaint's distinctive terms marked (who_terms.h: not 管理,
// 依法, 负责 or the district's name). The constants were tuned on the hotline complaints
// of tests/eval/complaints.json: run tests/eval/evaluate.mjs (ctest's who_accuracy requires a
// right body among the first three for ≥ 90% of them).
//
// Costs: the bodies, matter roles and one-character words are read at the first complaint and
// kept on the connection (sqlite3_set_clientdata; a bundle is read-only): a hotline operator
// asks all day. Measured with `node bench/search.mjs --scale 0` (wasm in headless Chromium,
// through the JSON API) on the demo district, the 2-core build machine at load average ~29: a
// 300-character complaint p50 130–206 ms, p95 244–624 ms across five runs (most of it FTS5
// ranking the OR query's rows; see who_query.h for why the query keeps only indexed terms).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/search/search.h"
#include "core/search/who_confidence.h"

namespace dutyatlas {

// One piece of evidence for a suggested body.
struct WhoEvidence {
  SearchHit hit;
  std::string role;        // matter: "lead" (牵头) or "cooperate" (配合); else ""
  std::string doc_no;      // the document behind it (duty: the one that set its wording)
  std::string doc_title;
};

struct WhoCandidate {
  std::string body_id;
  std::string name;
  double score = 0;
  std::string role;  // "lead" if a matching matter names it as lead, "cooperate" if only as
                     // cooperating, "" if no matter matched (evidence, not the group)
  std::string group;  // "lead" (exactly one), "cooperate" or "related" (who_groups.h)
  bool added = false;  // added by the operator by name (who_groups.h: add_body), not suggested
  std::vector<WhoEvidence> evidence;  // best first, at most 5
};

// The bodies most likely to handle `complaint` (up to 2,000 characters of colloquial text),
// best first, at most `top` (none when top ≤ 0). Empty when none of its words is found: only
// punctuation, emoji, or the filler every complaint has (我们小区楼下每天晚上…, which is never
// asked for).
// Evidence text is whole sentences up to `evidence_chars` code points (the client sizes it to
// its column; 120 fills three lines of a desktop column).
inline constexpr std::size_t kDefaultEvidenceChars = 120;
std::vector<WhoCandidate> who_handles(const DutyDatabase& db, std::string_view complaint,
                                      int top = 5,
                                      std::size_t evidence_chars = kDefaultEvidenceChars);

// The same candidates, and how sure the answer is (who_confidence.h): whether the lead's duties
// clearly cover the complaint, or no body's do.
struct WhoAnswer {
  std::vector<WhoCandidate> candidates;
  WhoConfidence confidence;
};
WhoAnswer who_answer(const DutyDatabase& db, std::string_view complaint, int top = 5,
                     std::size_t evidence_chars = kDefaultEvidenceChars);

// The complaint's distinctive terms (who_terms.h): what its evidence highlights, and what tells
// whether a re-analysed complaint is about the same matter (who_groups.h).
std::set<std::string> who_distinctive_terms(const DutyDatabase& db, std::string_view complaint);

}  // namespace dutyatlas
