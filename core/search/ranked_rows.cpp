// Reading ranked rows of the `search` table and the details of those shown (see ranked_rows.h).
#include "core/search/ranked_rows.h"

#include <algorithm>
#include <cassert>
#include <utility>

#include "core/search/snippet.h"

namespace dutyatlas {

std::vector<RankedHit> read_ranked_rows(Statement& q, double (*kind_weight)(std::string_view)) {
  std::vector<RankedHit> hits;
  while (q.step()) {
    SearchHit hit{q.text(1), q.text(2), q.text(3), "", "", "", 0};
    hit.score = -q.real(4) * kind_weight(hit.kind);
    hits.push_back({q.integer(0), std::move(hit), ""});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const RankedHit& a, const RankedHit& b) {
    return a.hit.score > b.hit.score;
  });
  return hits;
}

HitDetails::HitDetails(const DutyDatabase& db)
    : query_(db.handle(),
             "SELECT CASE WHEN s.title = '' THEN s.owner WHEN s.owner = '' THEN s.title "
             "ELSE s.owner || ' ' || s.title END, s.text, ifnull(b.short_name, ''), s.keywords "
             "FROM search s LEFT JOIN bodies b ON b.id = s.body_id WHERE s.rowid = ?1") {}

void HitDetails::add(const std::set<std::string>& terms, std::size_t snippet_chars,
                     RankedHit* h, SnippetMaker make_snippet) {
  query_.reset();
  query_.bind(1, h->rowid);
  [[maybe_unused]] bool found = query_.step();
  assert(found && "a ranked row is read from the table that ranked it");
  h->hit.title = query_.text(0);
  h->hit.snippet = make_snippet(query_.text(1), terms, snippet_chars);
  h->hit.body_name = query_.text(2);
  h->keywords = query_.text(3);
}

}  // namespace dutyatlas
