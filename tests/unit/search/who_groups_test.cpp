// 谁来管's groups and the operator's choices (core/search/who_groups.h), on made-up answers: one
// 牵头 however many bodies lead some matter, 配合 by score share or a matter that names the body,
// 相关 for the rest; 设为牵头, 作为配合 and its undoing; the choices kept through a re-analysis of
// a slightly edited complaint and cleared for another one. who_test.cpp checks the same on a
// real (small) publication.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/search/who_groups.h"

using namespace dutyatlas;

namespace {

WhoCandidate candidate(const std::string& id, double score, const std::string& role = "") {
  WhoCandidate c;
  c.body_id = id;
  c.name = "区" + id;
  c.score = score;
  c.role = role;
  return c;
}

// An engine's answer, best first: two bodies lead a stage of a matched matter, one cooperates.
std::vector<WhoCandidate> engine_answer() {
  std::vector<WhoCandidate> answer = {candidate("zjj", 10, "lead"), candidate("zhzfj", 9.8, "lead"),
                                      candidate("scjgj", 7), candidate("sfj", 3.2, "cooperate"),
                                      candidate("wtlj", 2.8)};
  assign_groups(&answer);
  return answer;
}

std::vector<std::string> groups_of(const std::vector<WhoCandidate>& answer) {
  std::vector<std::string> out;
  for (const WhoCandidate& c : answer) out.push_back(c.body_id + ":" + c.group);
  return out;
}

}  // namespace

TEST_CASE("who groups: exactly one lead, cooperating by score or by a matter, the rest related") {
  std::vector<WhoCandidate> answer = engine_answer();
  // zhzfj leads a stage of the matter too, but the answer has one 牵头; wtlj (2.8 of 10, named by
  // no matter) is only related; sfj (3.2) is named by the matter, so it cooperates.
  CHECK(groups_of(answer) == std::vector<std::string>{"zjj:lead", "zhzfj:cooperate",
                                                      "scjgj:cooperate", "sfj:cooperate",
                                                      "wtlj:related"});
  std::vector<WhoCandidate> none;
  assign_groups(&none);
  CHECK(none.empty());
  // Nothing chosen: the engine's answer as it is.
  CHECK(groups_of(with_choices(answer, {})) == groups_of(answer));
}

TEST_CASE("who choices: 设为牵头 moves the one lead, the engine's lead joins 配合") {
  std::vector<WhoCandidate> engine = engine_answer();
  WhoChoices choices;
  choose_lead(&choices, engine, "sfj");
  std::vector<WhoCandidate> shown = with_choices(engine, choices);
  CHECK(groups_of(shown) == std::vector<std::string>{"sfj:lead", "zjj:cooperate", "zhzfj:cooperate",
                                                     "scjgj:cooperate", "wtlj:related"});
  // Choosing the engine's lead again is no choice at all.
  choose_lead(&choices, engine, "zjj");
  CHECK(choices.empty());
  // A related body chosen as lead, then another: still one lead.
  choose_lead(&choices, engine, "wtlj");
  choose_lead(&choices, engine, "scjgj");
  shown = with_choices(engine, choices);
  CHECK(shown.front().body_id == "scjgj");
  CHECK(std::count_if(shown.begin(), shown.end(),
                      [](const WhoCandidate& c) { return c.group == kGroupLead; }) == 1);
}

TEST_CASE("who choices: 作为配合 and 取消配合 undo each other") {
  std::vector<WhoCandidate> engine = engine_answer();
  WhoChoices choices;
  choose_cooperating(&choices, engine, "wtlj", true);
  CHECK(groups_of(with_choices(engine, choices)).at(4) == "wtlj:cooperate");
  choose_cooperating(&choices, engine, "wtlj", false);
  CHECK(choices.empty());
  CHECK(groups_of(with_choices(engine, choices)) == groups_of(engine));
  // An engine's 配合 taken out goes to 相关 (last), and comes back.
  choose_cooperating(&choices, engine, "zhzfj", false);
  std::vector<WhoCandidate> shown = with_choices(engine, choices);
  CHECK(groups_of(shown) == std::vector<std::string>{"zjj:lead", "scjgj:cooperate", "sfj:cooperate",
                                                     "zhzfj:related", "wtlj:related"});
  choose_cooperating(&choices, engine, "zhzfj", true);
  CHECK(choices.empty());
  // The engine's lead, once another leads, can be taken out of 配合 too.
  choose_lead(&choices, engine, "scjgj");
  choose_cooperating(&choices, engine, "zjj", false);
  shown = with_choices(engine, choices);
  CHECK(shown.front().body_id == "scjgj");
  CHECK(groups_of(shown) == std::vector<std::string>{"scjgj:lead", "zhzfj:cooperate", "sfj:cooperate",
                                                     "zjj:related", "wtlj:related"});
}

TEST_CASE("who choices: kept through a slightly edited complaint, cleared for another matter") {
  std::vector<WhoCandidate> engine = engine_answer();
  WhoChoices choices;
  choose_lead(&choices, engine, "zhzfj");
  choose_cooperating(&choices, engine, "wtlj", true);
  // Distinctive terms: the same leak, a word added (7 of 8 shared).
  const std::set<std::string> leak = {"卫生", "生间", "漏水", "天花", "花板", "发霉", "渗水"};
  std::set<std::string> edited = leak;
  edited.insert("掉皮");
  CHECK(same_matter(leak, edited));
  CarriedChoices kept = carry_choices(choices, leak, edited, engine);
  CHECK_FALSE(kept.cleared);
  CHECK(kept.dropped.empty());
  CHECK(kept.choices.lead == "zhzfj");
  CHECK(kept.choices.cooperating == std::vector<std::string>{"wtlj"});
  // Another matter: nothing shared.
  const std::set<std::string> fumes = {"烧烤", "油烟", "噪声"};
  CHECK_FALSE(same_matter(leak, fumes));
  CarriedChoices cleared = carry_choices(choices, leak, fumes, engine);
  CHECK(cleared.cleared);
  CHECK(cleared.choices.empty());
  // Half the terms changed is "a lot" below kSameMatterOverlap: 3 shared of 7 in either.
  CHECK_FALSE(same_matter({"卫生", "生间", "漏水", "天花", "花板"}, {"卫生", "生间", "漏水", "烧烤", "油烟"}));
  // The same matter, but a chosen body no longer suggested: that choice alone goes.
  std::vector<WhoCandidate> fewer(engine.begin(), engine.begin() + 3);
  CarriedChoices partly = carry_choices(choices, leak, edited, fewer);
  CHECK_FALSE(partly.cleared);
  CHECK(partly.choices.lead == "zhzfj");
  CHECK(partly.choices.cooperating.empty());
  CHECK(partly.dropped == std::vector<std::string>{"wtlj"});
  // No choices: nothing to keep or clear, nothing to say.
  CarriedChoices nothing = carry_choices({}, leak, fumes, engine);
  CHECK_FALSE(nothing.cleared);
  CHECK(nothing.choices.empty());
}

TEST_CASE("who choices: 添加单位 brings in a body by name, into 配合, kept while the matter stays") {
  std::vector<WhoCandidate> engine = engine_answer();
  auto name_of = [](const std::string& id) { return "区" + id + "（添加）"; };
  WhoChoices choices;
  add_body(&choices, engine, "rfb");
  CHECK(choices.added == std::vector<std::string>{"rfb"});
  std::vector<WhoCandidate> candidates = with_added(engine, choices, name_of);
  REQUIRE(candidates.size() == engine.size() + 1);
  CHECK(candidates.back().added);
  CHECK(candidates.back().name == "区rfb（添加）");
  CHECK(candidates.back().evidence.empty());
  std::vector<WhoCandidate> shown = with_choices(candidates, choices);
  CHECK(groups_of(shown) == std::vector<std::string>{"zjj:lead", "zhzfj:cooperate", "scjgj:cooperate",
                                                     "sfj:cooperate", "rfb:cooperate", "wtlj:related"});
  // Added twice: one body. 取消配合 keeps it on screen, in 相关; 设为牵头 makes it the one lead.
  add_body(&choices, candidates, "rfb");
  CHECK(with_added(engine, choices, name_of).size() == engine.size() + 1);
  choose_cooperating(&choices, candidates, "rfb", false);
  CHECK(groups_of(with_choices(candidates, choices)).back() == "rfb:related");
  choose_lead(&choices, candidates, "rfb");
  shown = with_choices(candidates, choices);
  CHECK(shown.front().body_id == "rfb");
  CHECK(std::count_if(shown.begin(), shown.end(), [](const WhoCandidate& c) { return c.group == "lead"; }) == 1);
  // A suggested body "added" is simply put in 配合: no second candidate.
  WhoChoices suggested_one;
  add_body(&suggested_one, engine, "wtlj");
  CHECK(suggested_one.added.empty());
  CHECK(groups_of(with_choices(with_added(engine, suggested_one, name_of), suggested_one)).at(4) ==
        "wtlj:cooperate");
  // Re-analysed: the added body is not the engine's, yet it stays (not "dropped") for the same
  // matter, and goes with the rest for another.
  const std::set<std::string> leak = {"卫生", "生间", "漏水", "天花", "花板"};
  std::set<std::string> edited = leak;
  edited.insert("掉皮");
  CarriedChoices kept = carry_choices(choices, leak, edited, engine);
  CHECK(kept.dropped.empty());
  CHECK(kept.choices.added == std::vector<std::string>{"rfb"});
  CHECK(kept.choices.lead == "rfb");
  CHECK(carry_choices(choices, leak, {"烧烤", "油烟"}, engine).choices.empty());
}
