// 谁来管: which bodies handle a complaint, with the evidence (see who.h).
#include "core/search/who.h"

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "core/bundle/duty_database.h"
#include "core/base/sqlite_statement.h"
#include "core/base/utf8.h"
#include "core/lists/list_loader.h"
#include "core/search/ranked_rows.h"
#include "core/search/sentence_snippet.h"
#include "core/search/tokenizer.h"
#include "core/search/who_groups.h"
#include "core/search/who_query.h"
#include "core/search/who_terms.h"

namespace dutyatlas {
namespace {

// Rows ranked per complaint: far more than the few that decide, so that a body's second and
// third hits are there to count.
constexpr int kComplaintHits = 400;
constexpr std::size_t kEvidencePerBody = 5;

// bm25() column weights for complaints (kind, ref, body_id, title, text, keywords, owner), as
// FTS5's rank function. Keywords — the publisher's everyday words and the synonyms — outweigh
// a word of a clause's running text; the owner (every duty of 区市场监管局 carries the name)
// counts nothing, or a complaint that says 市场 would find every duty of that body.
constexpr const char* kComplaintRank = "bm25(0, 0, 0, 8.0, 1.0, 12.0, 0.0)";

// Kind weights for complaints.
double complaint_kind_weight(std::string_view kind) {
  if (kind == "matter") return 2.0;  // the 职责分工清单 exists to answer 谁来管
  if (kind == "duty") return 1.6;
  if (kind == "power") return 1.0;
  if (kind == "body") return 1.0;    // counted only when the complaint names the body
  if (kind == "task") return 0.8;
  if (kind == "division") return 0.3;  // repeats its body's duties, in shorter words
  return 0.0;
}

// How much a body's n-th best hit counts (n from 0); further hits count nothing.
constexpr double kHitWeights[] = {1.0, 0.5, 0.25};
// Share of a matter's score for a body that cooperates in it, or leads only its approval.
constexpr double kCooperateShare = 0.5;
// Share of a hit a body without duties of its own passes to its host or parent.
constexpr double kPassedUp = 0.6;
// Factor for a street or town the complaint does not name.
constexpr double kUnnamedLocality = 0.4;

struct BodyMeta {
  std::string name, short_name, category, parent, host;
  bool has_duties = false;  // publishes 主要职责 or list items of its own
};

std::map<std::string, BodyMeta> body_meta(const DutyDatabase& db) {
  std::map<std::string, BodyMeta> meta;
  Statement q(db.handle(),
              "SELECT id, name, short_name, category, ifnull(parent_id, ''), ifnull(host_id, '') "
              "FROM bodies");
  while (q.step()) meta[q.text(0)] = {q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), false};
  auto mark = [&](const std::string& id) {
    auto it = meta.find(id);
    if (it != meta.end()) it->second.has_duties = true;
  };
  Statement with_clauses(db.handle(), "SELECT DISTINCT body_id FROM clause_versions");
  while (with_clauses.step()) mark(with_clauses.text(0));
  for (const std::string& id : read_power_body_ids(db.handle())) mark(id);
  return meta;
}

// Who a matter of the 职责分工清单 names: body id → role ("lead" if it leads some stage, else
// "cooperate") and the share of the matter's score it gets. A complaint is about what goes on,
// so a body that leads supervision or enforcement (监管, 执法) gets it in full; one that only
// cooperates, or leads only the approval (审批) of a matter whose later stages others lead,
// gets kCooperateShare: the 谁来管 of 燃放烟花爆竹 is who enforces the ban, not who licenses the
// shop.
struct MatterRole {
  std::string role;
  double share = 0;
};

// Every matter's roles: matter code → body id → role.
std::map<std::string, std::map<std::string, MatterRole>> matter_roles(const DutyDatabase& db) {
  std::map<std::string, std::map<std::string, MatterRole>> roles;
  for (const StoredDivisionMatter& stored : read_division_matters(db.handle())) {
    const std::vector<DivisionStage>& stages = stored.matter.stages;
    const bool others_follow = std::any_of(stages.begin(), stages.end(), [](const DivisionStage& o) {
      return o.stage != "审批";
    });
    for (const DivisionStage& stage : stages) {
      const bool approval_only = stage.stage == "审批" && others_follow;
      auto take = [&](const std::string& body_id, bool lead) {
        MatterRole& r = roles[stored.matter.code][body_id];
        if (lead) r.role = "lead";
        else if (r.role.empty()) r.role = "cooperate";
        r.share = std::max(r.share, lead && !approval_only ? 1.0 : kCooperateShare);
      };
      for (const std::string& id : stage.lead_body_ids) take(id, true);
      for (const std::string& id : stage.cooperating_body_ids) take(id, false);
    }
  }
  return roles;
}

// What every complaint needs of the publication and no complaint changes, read at the first
// one and kept on the connection (a bundle is read-only): a hotline operator asks all day.
struct ComplaintContext {
  std::vector<std::string> single_character_words;
  std::map<std::string, BodyMeta> bodies;
  std::map<std::string, std::map<std::string, MatterRole>> matter_roles;  // by matter code
  std::set<std::string> generic_terms;  // never highlighted (who_terms.h)
  long long row_count = 0;              // rows of the index (who_confidence.h)
};

long long index_row_count(const DutyDatabase& db) {
  Statement rows(db.handle(), "SELECT count(*) FROM search");
  return rows.step() ? rows.integer(0) : 0;
}

const ComplaintContext& complaint_context(const DutyDatabase& db, ComplaintContext* fallback) {
  constexpr const char* kName = "dutyatlas.complaint_context";
  sqlite3* handle = db.handle();
  if (void* found = sqlite3_get_clientdata(handle, kName)) {
    return *static_cast<ComplaintContext*>(found);
  }
  auto* context = new ComplaintContext{single_character_words(db), body_meta(db), matter_roles(db),
                                       generic_terms(db), index_row_count(db)};
  // On failure SQLite calls the destructor itself: then this call works on a copy.
  if (sqlite3_set_clientdata(handle, kName, context,
                             [](void* p) { delete static_cast<ComplaintContext*>(p); }) == SQLITE_OK) {
    return *context;
  }
  *fallback = ComplaintContext{single_character_words(db), body_meta(db), matter_roles(db),
                               generic_terms(db), index_row_count(db)};
  return *fallback;
}

// The best kComplaintHits rows for a complaint (of every kind but document), each scored
// -bm25 × kind weight, best first.
std::vector<RankedHit> rank_complaint_rows(const DutyDatabase& db, const std::string& match) {
  Statement q(db.handle(),
              "SELECT rowid, kind, ref, body_id, rank FROM search WHERE search MATCH ?1 AND "
              "rank MATCH ?2 AND kind IN ('duty', 'matter', 'power', 'division', 'task', 'body') "
              "ORDER BY rank LIMIT ?3");
  q.bind(1, match).bind(2, kComplaintRank).bind(3, (long long)kComplaintHits);
  return read_ranked_rows(q, complaint_kind_weight);
}

// Whether the (folded) complaint names the body: its name, its short name, or its short name
// without the district's leading 区 (人民医院 for 区人民医院) occurs in it. Names of one
// character never count.
bool names_body(const std::string& folded, const BodyMeta& b) {
  auto has = [&](std::string_view n) {
    return code_point_count(n) >= 2 && folded.find(fold_text(n)) != std::string::npos;
  };
  if (has(b.name) || has(b.short_name)) return true;
  const std::string_view qu = "区";
  std::string_view rest = b.short_name;
  if (rest.substr(0, qu.size()) != qu) return false;
  rest.remove_prefix(qu.size());
  return code_point_count(rest) >= 3 && has(rest);
}

void add_source(const DutyDatabase& db, WhoEvidence* e) {
  if (e->hit.kind != "duty") return;
  std::size_t hash = e->hit.ref.find('#');
  if (hash == std::string::npos) return;
  Statement q(db.handle(),
              "SELECT c.opened_by, d.title FROM clause_versions c JOIN documents d ON "
              "d.doc_no = c.opened_by WHERE c.body_id = ?1 AND c.key = ?2 AND c.valid_to = '' "
              "ORDER BY c.valid_from DESC LIMIT 1");
  std::string_view ref = e->hit.ref;
  q.bind(1, ref.substr(0, hash)).bind(2, ref.substr(hash + 1));
  if (q.step()) e->doc_no = q.text(0), e->doc_title = q.text(1);
}

}  // namespace

std::vector<WhoCandidate> who_handles(const DutyDatabase& db, std::string_view complaint,
                                      int top, std::size_t evidence_chars) {
  return who_answer(db, complaint, top, evidence_chars).candidates;
}

WhoAnswer who_answer(const DutyDatabase& db, std::string_view complaint, int top,
                     std::size_t evidence_chars) {
  db.require_search();
  if (top <= 0) return {};
  ComplaintContext fallback;
  const ComplaintContext& context = complaint_context(db, &fallback);
  ComplaintQuery query = complaint_query(db, context.single_character_words, complaint);
  if (query.match.empty()) return {};
  std::vector<RankedHit> hits = rank_complaint_rows(db, query.match);
  if (hits.empty()) return {};

  const std::map<std::string, BodyMeta>& meta = context.bodies;
  std::string folded = fold_text(complaint);
  std::set<std::string> named;
  for (const auto& [id, b] : meta) {
    if (names_body(folded, b)) named.insert(id);
  }
  // The body that answers for a hit on `id`: itself, or the host or parent it works through.
  auto answerable = [&](const std::string& id, double* factor) {
    std::string current = id;
    for (int depth = 0; depth < 3; ++depth) {
      auto it = meta.find(current);
      if (it == meta.end() || it->second.has_duties) break;
      const std::string& up = !it->second.host.empty() ? it->second.host : it->second.parent;
      if (up.empty()) break;
      current = up;
      *factor *= kPassedUp;
    }
    return current;
  };

  struct Credit {
    double score;
    std::size_t hit;  // index into hits
    std::string role;
  };
  std::map<std::string, std::vector<Credit>> credits;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const SearchHit& hit = hits[i].hit;
    // A row found only by its owner's name (市场 in every duty of 区市场监管局) scores nothing.
    if (hit.score <= 0) continue;
    if (hit.kind == "matter") {
      auto roles = context.matter_roles.find(hit.ref);
      if (roles == context.matter_roles.end()) continue;
      for (const auto& [body_id, role] : roles->second) {
        credits[body_id].push_back({hit.score * role.share, i, role.role});
      }
      continue;
    }
    if (hit.body_id.empty()) continue;
    // A body's name shares words with the complaint's place names (东示 in 东示小学 and in
    // 东示街道): it is evidence only when the complaint names that very body.
    if (hit.kind == "body" && !named.count(hit.body_id)) continue;
    double factor = 1.0;
    std::string body_id = answerable(hit.body_id, &factor);
    credits[body_id].push_back({hit.score * factor, i, ""});
  }

  struct Ranked {
    WhoCandidate candidate;
    std::vector<Credit> evidence;
  };
  std::vector<Ranked> ranked;
  for (auto& [body_id, list] : credits) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Credit& a, const Credit& b) { return a.score > b.score; });
    Ranked r;
    WhoCandidate& c = r.candidate;
    c.body_id = body_id;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i < std::size(kHitWeights)) c.score += list[i].score * kHitWeights[i];
      const std::string& role = list[i].role;
      if (role == "lead" || (role == "cooperate" && c.role.empty())) c.role = role;
      if (r.evidence.size() < kEvidencePerBody) r.evidence.push_back(list[i]);
    }
    auto it = meta.find(body_id);
    if (it != meta.end() && it->second.category == "street" && !named.count(body_id)) {
      c.score *= kUnnamedLocality;
    }
    ranked.push_back(std::move(r));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.candidate.score > b.candidate.score;
  });
  if (ranked.size() > std::size_t(top)) ranked.resize(std::size_t(top));

  // Titles, evidence text and documents only for the evidence shown; only the distinctive
  // terms marked (a complaint of generic words only: all of them).
  std::set<std::string> distinctive = distinctive_terms(query.terms, context.generic_terms);
  std::set<std::string> marked = distinctive.empty() ? query.terms : distinctive;
  std::vector<bool> detailed(hits.size(), false);
  HitDetails details(db);
  std::vector<WhoCandidate> out;
  for (Ranked& r : ranked) {
    WhoCandidate& c = r.candidate;
    auto it = meta.find(c.body_id);
    if (it != meta.end()) c.name = it->second.name;
    for (const Credit& credit : r.evidence) {
      if (!detailed[credit.hit]) {
        details.add(marked, evidence_chars, &hits[credit.hit], sentence_snippet);
      }
      detailed[credit.hit] = true;
      WhoEvidence e{hits[credit.hit].hit, credit.role, "", ""};
      add_source(db, &e);
      c.evidence.push_back(std::move(e));
    }
    out.push_back(std::move(c));
  }
  assign_groups(&out);

  ConfidenceInput judged{std::move(distinctive), std::move(query.rows_holding), {}, context.row_count};
  if (!ranked.empty()) {
    for (const Credit& credit : ranked.front().evidence) judged.lead_rows.push_back(hits[credit.hit].rowid);
  }
  WhoConfidence confidence = judge_confidence(db, judged);
  return {std::move(out), std::move(confidence)};
}

std::set<std::string> who_distinctive_terms(const DutyDatabase& db, std::string_view complaint) {
  db.require_search();
  ComplaintContext fallback;
  const ComplaintContext& context = complaint_context(db, &fallback);
  ComplaintQuery query = complaint_query(db, context.single_character_words, complaint);
  return distinctive_terms(query.terms, context.generic_terms);
}

}  // namespace dutyatlas
