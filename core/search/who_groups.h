// 谁来管: the three groups an answer is read in — exactly one 牵头 (lead), the 配合 (cooperating)
// bodies, and the 相关 (also related) ones of low relevance — decided here from the engine's
// scores and the operator's choices, so the JSON answer and the view agree and the view only
// draws. Not the ranking (who.h) and not the drawing (web/views/who.cpp).
//
// The engine's groups (assign_groups, called by who_handles):
//   * 牵头: the first body — the best score; one and only one, whatever roles the matched
//     matters of the 职责分工清单 give (two bodies can each lead a stage of one matter);
//   * 配合: a further body whose score is at least kCooperateScoreShare of the lead's, or at least
//     kCooperateMatterShare of it when a matched matter of the 职责分工清单 names the body (as
//     lead or cooperating: the publisher said it takes part in that matter);
//   * 相关: the rest — they share words with the complaint, not the matter (文体旅局 for a
//     ceiling leak, at 0.28 of 住建局's score and named by no matter).
// The two shares were chosen on the tuned part of tests/eval/complaints.json (its first 144
// complaints) and checked on its blind parts; on the demo district, of the labelled bodies
// suggested after the first, 配合 holds 108 of 120 (tuned), 25 of 25 and 17 of 19 (blind), and
// 相关 holds 266 of 450, 69 of 127 and 39 of 98 of the unlabelled ones (score share alone, 0.5:
// 86 of 120 labelled in 配合). tests/eval/evaluate.mjs prints these figures.

// The operator's choices (WhoChoices) regroup the engine's answer (with_choices):
//   * 设为牵头 makes a body the one 牵头; the engine's lead then joins 配合;
//   * 作为配合 puts a body in 配合, 取消配合 takes it out (to 相关), either way round;
//   * 添加单位 (add_body) brings in a body the engine did not suggest, by name, into 配合: the
//     operator knows the district; it has no evidence (with_added gives it an empty candidate);
// and they survive a re-analysis (carry_choices) unless the complaint changed a lot: fewer than
// kSameMatterOverlap of the distinctive terms (who_terms.h) of the two texts in common
// (|A∩B| / |A∪B|), or a chosen body is no longer suggested (that choice alone is dropped). A
// slightly edited complaint (a word corrected, a sentence of filler added) keeps them; another
// matter clears them, and the caller says so.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/search/who.h"

namespace dutyatlas {

inline constexpr double kCooperateScoreShare = 0.6;
inline constexpr double kCooperateMatterShare = 0.3;
inline constexpr double kSameMatterOverlap = 0.5;

inline constexpr const char* kGroupLead = "lead";
inline constexpr const char* kGroupCooperate = "cooperate";
inline constexpr const char* kGroupRelated = "related";

// Sets each candidate's group (candidates best first, as who_handles returns them).
void assign_groups(std::vector<WhoCandidate>* candidates);

// What the operator chose, by body id.
struct WhoChoices {
  std::string lead;                         // 设为牵头; "" keeps the engine's lead
  std::vector<std::string> cooperating;     // 作为配合 on a body the engine did not put in 配合
  std::vector<std::string> not_cooperating;  // 取消配合 on a body the engine put (or moved) there
  std::vector<std::string> added;            // 添加单位: bodies the engine did not suggest
  bool empty() const {
    return lead.empty() && cooperating.empty() && not_cooperating.empty() && added.empty();
  }
};

// The engine's answer regrouped by `choices`: the lead first, then 配合, then 相关, each group
// best score first; exactly one candidate in group "lead" (none only for an empty answer).
std::vector<WhoCandidate> with_choices(const std::vector<WhoCandidate>& engine,
                                       const WhoChoices& choices);

// The choices after 设为牵头 on `body_id`, and after 作为配合 (on = true) or 取消配合.
void choose_lead(WhoChoices* choices, const std::vector<WhoCandidate>& engine,
                 const std::string& body_id);
void choose_cooperating(WhoChoices* choices, const std::vector<WhoCandidate>& engine,
                        const std::string& body_id, bool on);

// 添加单位 on `body_id`: a body the engine suggested is put in 配合; another is added (with_added
// draws it) and put in 配合.
void add_body(WhoChoices* choices, const std::vector<WhoCandidate>& engine, const std::string& body_id);

// The engine's answer and, after it, a candidate for each added body it does not hold (score 0,
// no evidence, `added` set, the name from `name_of`). What with_choices and the 派单 work on.
std::vector<WhoCandidate> with_added(const std::vector<WhoCandidate>& engine, const WhoChoices& choices,
                                     const std::function<std::string(const std::string&)>& name_of);

// Whether two complaints, given by their distinctive terms, are about the same matter.
bool same_matter(const std::set<std::string>& before, const std::set<std::string>& after);

// What becomes of the choices when the complaint is analysed again.
struct CarriedChoices {
  WhoChoices choices;                // what still holds
  bool cleared = false;              // the complaint is about another matter: all dropped
  std::vector<std::string> dropped;  // bodies chosen but no longer suggested (their choice dropped)
};
// Bodies the operator added stay while the matter stays (they were never the engine's).
CarriedChoices carry_choices(const WhoChoices& choices, const std::set<std::string>& terms_before,
                             const std::set<std::string>& terms_after,
                             const std::vector<WhoCandidate>& engine_after);

}  // namespace dutyatlas
