// 谁来管: lead, cooperating and related groups, and the operator's choices (see who_groups.h).
#include "core/search/who_groups.h"

#include <algorithm>

namespace dutyatlas {
namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void remove(std::vector<std::string>* ids, const std::string& id) {
  ids->erase(std::remove(ids->begin(), ids->end(), id), ids->end());
}

bool suggested(const std::vector<WhoCandidate>& engine, const std::string& id) {
  return std::any_of(engine.begin(), engine.end(),
                     [&](const WhoCandidate& c) { return c.body_id == id; });
}

int group_order(const std::string& group) {
  return group == kGroupLead ? 0 : group == kGroupCooperate ? 1 : 2;
}

// The engine's group of a body, before any choice.
std::string engine_group(const std::vector<WhoCandidate>& engine, const std::string& id) {
  for (const WhoCandidate& c : engine) {
    if (c.body_id == id) return c.group;
  }
  return kGroupRelated;
}

}  // namespace

void assign_groups(std::vector<WhoCandidate>* candidates) {
  if (candidates->empty()) return;
  const double lead_score = candidates->front().score;
  for (std::size_t i = 0; i < candidates->size(); ++i) {
    WhoCandidate& c = (*candidates)[i];
    if (i == 0) c.group = kGroupLead;
    else {
      const double share = c.role.empty() ? kCooperateScoreShare : kCooperateMatterShare;
      c.group = c.score >= share * lead_score ? kGroupCooperate : kGroupRelated;
    }
  }
}

std::vector<WhoCandidate> with_choices(const std::vector<WhoCandidate>& engine,
                                       const WhoChoices& choices) {
  std::vector<WhoCandidate> out = engine;
  const bool lead_chosen = !choices.lead.empty() && suggested(engine, choices.lead);
  for (WhoCandidate& c : out) {
    if (lead_chosen) {
      if (c.body_id == choices.lead) c.group = kGroupLead;
      else if (c.group == kGroupLead) c.group = kGroupCooperate;  // the engine's lead stays near
    }
    if (c.group == kGroupLead) continue;
    if (contains(choices.cooperating, c.body_id)) c.group = kGroupCooperate;
    if (contains(choices.not_cooperating, c.body_id)) c.group = kGroupRelated;
  }
  // Stable: within a group, the engine's order (best score first).
  std::stable_sort(out.begin(), out.end(), [](const WhoCandidate& a, const WhoCandidate& b) {
    return group_order(a.group) < group_order(b.group);
  });
  return out;
}

void choose_lead(WhoChoices* choices, const std::vector<WhoCandidate>& engine,
                 const std::string& body_id) {
  remove(&choices->cooperating, body_id);
  remove(&choices->not_cooperating, body_id);
  choices->lead = engine_group(engine, body_id) == kGroupLead ? "" : body_id;
}

void choose_cooperating(WhoChoices* choices, const std::vector<WhoCandidate>& engine,
                        const std::string& body_id, bool on) {
  remove(&choices->cooperating, body_id);
  remove(&choices->not_cooperating, body_id);
  // The engine's lead, once another body leads, is in 配合 by default (with_choices).
  const std::string group = engine_group(engine, body_id);
  const bool cooperating_by_default = group == kGroupCooperate || group == kGroupLead;
  if (on && !cooperating_by_default) choices->cooperating.push_back(body_id);
  if (!on && cooperating_by_default) choices->not_cooperating.push_back(body_id);
}

void add_body(WhoChoices* choices, const std::vector<WhoCandidate>& engine, const std::string& body_id) {
  if (!suggested(engine, body_id) && !contains(choices->added, body_id)) {
    choices->added.push_back(body_id);
  }
  choose_cooperating(choices, engine, body_id, true);
}

std::vector<WhoCandidate> with_added(const std::vector<WhoCandidate>& engine, const WhoChoices& choices,
                                     const std::function<std::string(const std::string&)>& name_of) {
  std::vector<WhoCandidate> out = engine;
  for (const std::string& id : choices.added) {
    if (suggested(out, id)) continue;
    WhoCandidate c;
    c.body_id = id;
    c.name = name_of(id);
    c.group = kGroupRelated;  // with_choices moves it: add_body put it in 配合
    c.added = true;
    out.push_back(std::move(c));
  }
  return out;
}

bool same_matter(const std::set<std::string>& before, const std::set<std::string>& after) {
  if (before.empty() && after.empty()) return true;
  std::size_t shared = 0;
  for (const std::string& t : before) shared += after.count(t);
  const std::size_t either = before.size() + after.size() - shared;
  return double(shared) >= kSameMatterOverlap * double(either);
}

CarriedChoices carry_choices(const WhoChoices& choices, const std::set<std::string>& terms_before,
                             const std::set<std::string>& terms_after,
                             const std::vector<WhoCandidate>& engine_after) {
  CarriedChoices out;
  if (choices.empty()) return out;
  if (!same_matter(terms_before, terms_after)) {
    out.cleared = true;
    return out;
  }
  // An added body was never suggested: it stays while the matter stays, with its choices.
  out.choices.added = choices.added;
  auto keep = [&](const std::string& id) {
    if (suggested(engine_after, id) || contains(choices.added, id)) return true;
    if (!contains(out.dropped, id)) out.dropped.push_back(id);
    return false;
  };
  if (!choices.lead.empty() && keep(choices.lead)) out.choices.lead = choices.lead;
  for (const std::string& id : choices.cooperating) {
    if (keep(id)) out.choices.cooperating.push_back(id);
  }
  for (const std::string& id : choices.not_cooperating) {
    if (keep(id)) out.choices.not_cooperating.push_back(id);
  }
  return out;
}

}  // namespace dutyatlas
