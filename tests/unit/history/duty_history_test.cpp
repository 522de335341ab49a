// replay_duty_history on hand-made Datasets: a 三定 opens its clauses under "1".."N", adjustment
// documents add, remove, reword and transfer them on their effective dates, a later 三定
// supersedes whatever is open; each version records when and by which document it was opened
// and closed. A change to a clause not in force becomes a HistoryProblem naming the document
// and change, with a hint, and the replay goes on.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/history/duty_history.h"
#include "core/bundle/model.h"

using namespace dutyatlas;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Two bodies and nothing else; documents and 三定 are added by the tests.
Dataset two_bodies() {
  Dataset d;
  d.name = "测试区";
  d.data_date = "2026-01-01";
  d.bodies.push_back({"a", "甲局", "甲局", "government", "", "", "", "", "", ""});
  d.bodies.push_back({"b", "乙局", "乙局", "government", "", "", "", "", "", ""});
  return d;
}

// Adds a 三定 document and the 三定 of `body` with `duties`; returns the document's index.
std::size_t add_sanding(Dataset& d, const std::string& body, const std::string& doc_no,
                        const std::string& effective, std::vector<std::string> duties) {
  Document doc;
  doc.doc_no = doc_no;
  doc.title = doc_no;
  doc.kind = "sanding";
  doc.issued = effective;
  doc.effective = effective;
  d.documents.push_back(doc);
  Sanding s;
  s.body_id = body;
  s.doc_no = doc_no;
  s.duties = std::move(duties);
  d.sandings.push_back(std::move(s));
  return d.documents.size() - 1;
}

// Adds an adjustment document with `changes`; returns its index.
std::size_t add_adjustment(Dataset& d, const std::string& doc_no, const std::string& effective,
                           std::vector<DutyChange> changes) {
  Document doc;
  doc.doc_no = doc_no;
  doc.title = doc_no;
  doc.kind = "adjustment";
  doc.issued = effective;
  doc.effective = effective;
  doc.changes = std::move(changes);
  d.documents.push_back(std::move(doc));
  return d.documents.size() - 1;
}

DutyChange add(const std::string& body, const std::string& key, const std::string& text) {
  return {ChangeAction::kAdd, body, key, text, "", ""};
}
DutyChange remove(const std::string& body, const std::string& key) {
  return {ChangeAction::kRemove, body, key, "", "", ""};
}
DutyChange reword(const std::string& body, const std::string& key, const std::string& text) {
  return {ChangeAction::kReword, body, key, text, "", ""};
}
DutyChange transfer(const std::string& body, const std::string& key, const std::string& to,
                    const std::string& as, const std::string& text = "") {
  return {ChangeAction::kTransfer, body, key, text, to, as};
}

// The versions of `body` in force on `date`, in display (position) order.
std::vector<ClauseVersion> in_force(const DutyHistory& h, const std::string& body,
                                    const std::string& date) {
  std::vector<ClauseVersion> out;
  for (const auto& v : h.versions) {
    if (v.body_id == body && v.in_force_on(date)) out.push_back(v);
  }
  return out;
}

std::vector<std::string> keys(const std::vector<ClauseVersion>& versions) {
  std::vector<std::string> out;
  for (const auto& v : versions) out.push_back(v.key);
  return out;
}
std::vector<std::string> texts(const std::vector<ClauseVersion>& versions) {
  std::vector<std::string> out;
  for (const auto& v : versions) out.push_back(v.text);
  return out;
}

// The one version of body/key that `opened_how` opened; fails the test if there is not one.
const ClauseVersion& version(const DutyHistory& h, const std::string& body, const std::string& key,
                             OpenedHow opened_how) {
  const ClauseVersion* found = nullptr;
  int count = 0;
  for (const auto& v : h.versions) {
    if (v.body_id == body && v.key == key && v.opened_how == opened_how) {
      found = &v;
      ++count;
    }
  }
  INFO(body << "#" << key << " opened by " << opened_how_code(opened_how));
  REQUIRE(count == 1);
  return *found;
}

std::string describe(const DutyHistory& h) {
  std::string out;
  for (const auto& p : h.problems) {
    out += "document " + std::to_string(p.document_index) + " change " +
           std::to_string(p.change_index) + " " + p.field + ": " + p.message + " (" + p.hint +
           ")\n";
  }
  return out.empty() ? "(no problems)" : out;
}

}  // namespace

TEST_CASE("clause versions: how they open and close, as clause_versions stores it") {
  // The bundle stores these texts (bundle_schema.h): they must not change.
  CHECK(opened_how_code(OpenedHow::kSanding) == "sanding");
  CHECK(opened_how_code(OpenedHow::kAdd) == "add");
  CHECK(opened_how_code(OpenedHow::kReword) == "reword");
  CHECK(opened_how_code(OpenedHow::kTransferIn) == "transfer-in");
  CHECK(closed_how_code(ClosedHow::kInForce) == "");
  CHECK(closed_how_code(ClosedHow::kRemove) == "remove");
  CHECK(closed_how_code(ClosedHow::kReword) == "reword");
  CHECK(closed_how_code(ClosedHow::kTransferOut) == "transfer-out");
  CHECK(closed_how_code(ClosedHow::kSuperseded) == "superseded");
  for (OpenedHow how : {OpenedHow::kSanding, OpenedHow::kAdd, OpenedHow::kReword,
                        OpenedHow::kTransferIn}) {
    OpenedHow back;
    CHECK((parse_opened_how(opened_how_code(how), &back) && back == how));
  }
  for (ClosedHow how : {ClosedHow::kInForce, ClosedHow::kRemove, ClosedHow::kReword,
                        ClosedHow::kTransferOut, ClosedHow::kSuperseded}) {
    ClosedHow back;
    CHECK((parse_closed_how(closed_how_code(how), &back) && back == how));
  }
  OpenedHow opened;
  ClosedHow closed;
  CHECK_FALSE(parse_opened_how("", &opened));
  CHECK_FALSE(parse_opened_how("transfer", &opened));
  CHECK_FALSE(parse_closed_how("removed", &closed));
}

TEST_CASE("duty history: an empty dataset has no versions and no problems") {
  DutyHistory h = replay_duty_history(Dataset{});
  CHECK(h.versions.empty());
  CHECK(h.problems.empty());
}

TEST_CASE("duty history: a 三定 opens its clauses under the keys 1..N in order") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二", "三"});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  REQUIRE(h.versions.size() == 3);
  for (int i = 0; i < 3; ++i) {
    const ClauseVersion& v = h.versions[std::size_t(i)];
    CAPTURE(i);
    CHECK(v.body_id == "a");
    CHECK(v.key == std::to_string(i + 1));
    CHECK(v.position == i + 1);
    CHECK(v.valid_from == "2020-01-01");
    CHECK(v.valid_to.empty());
    CHECK(v.opened_by == "S1");
    CHECK(v.opened_how == OpenedHow::kSanding);
    CHECK(v.closed_by.empty());
    CHECK(v.closed_how == ClosedHow::kInForce);
    CHECK(v.from_body_id.empty());
    CHECK(v.to_body_id.empty());
  }
  CHECK(texts(h.versions) == std::vector<std::string>{"一", "二", "三"});
  CHECK(in_force(h, "a", "2019-12-31").empty());
  CHECK(in_force(h, "a", "2020-01-01").size() == 3);
  CHECK(in_force(h, "b", "2020-01-01").empty());
}

TEST_CASE("duty history: ten or more clauses keep their numeric order") {
  Dataset d = two_bodies();
  std::vector<std::string> duties;
  for (int i = 1; i <= 12; ++i) duties.push_back("职责" + std::to_string(i));
  add_sanding(d, "a", "S1", "2020-01-01", duties);
  DutyHistory h = replay_duty_history(d);
  auto now = in_force(h, "a", "2026-01-01");
  REQUIRE(now.size() == 12);
  for (int i = 0; i < 12; ++i) {
    CHECK(now[std::size_t(i)].key == std::to_string(i + 1));
    CHECK(now[std::size_t(i)].position == i + 1);
  }
}

TEST_CASE("duty history: add appends a clause after everything the body has had") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二", "三"});
  add_adjustment(d, "T1", "2021-07-01", {add("a", "a2021-1", "新增甲")});
  add_adjustment(d, "T2", "2022-07-01", {remove("a", "3"), add("a", "a2022-1", "新增乙")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  const ClauseVersion& first = version(h, "a", "a2021-1", OpenedHow::kAdd);
  CHECK(first.position == 4);
  CHECK(first.text == "新增甲");
  CHECK(first.valid_from == "2021-07-01");
  CHECK(first.opened_by == "T1");
  CHECK(first.valid_to.empty());
  // Removing clause 3 does not free its position: the next addition still goes last.
  const ClauseVersion& second = version(h, "a", "a2022-1", OpenedHow::kAdd);
  CHECK(second.position == 5);
  CHECK(keys(in_force(h, "a", "2021-06-30")) == std::vector<std::string>{"1", "2", "3"});
  CHECK(keys(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"1", "2", "3", "a2021-1"});
  CHECK(keys(in_force(h, "a", "2022-07-01")) ==
        std::vector<std::string>{"1", "2", "a2021-1", "a2022-1"});
}

TEST_CASE("duty history: add to a body that has no 三定 starts at position 1") {
  Dataset d = two_bodies();
  add_adjustment(d, "T1", "2021-07-01", {add("b", "x", "新增"), add("b", "y", "再增")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  CHECK(version(h, "b", "x", OpenedHow::kAdd).position == 1);
  CHECK(version(h, "b", "y", OpenedHow::kAdd).position == 2);
}

TEST_CASE("duty history: remove closes the clause on the document's date") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二", "三"});
  add_adjustment(d, "T1", "2021-07-01", {remove("a", "2")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  REQUIRE(h.versions.size() == 3);
  const ClauseVersion& removed = version(h, "a", "2", OpenedHow::kSanding);
  CHECK(removed.valid_to == "2021-07-01");
  CHECK(removed.closed_by == "T1");
  CHECK(removed.closed_how == ClosedHow::kRemove);
  CHECK(removed.in_force_on("2021-06-30"));
  CHECK_FALSE(removed.in_force_on("2021-07-01"));
  CHECK(keys(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"1", "3"});
}

TEST_CASE("duty history: reword closes the clause and reopens it under the same key and position") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二", "三"});
  add_adjustment(d, "T1", "2021-07-01", {reword("a", "2", "二（修订）")});
  add_adjustment(d, "T2", "2023-01-01", {reword("a", "2", "二（再修订）")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  REQUIRE(h.versions.size() == 5);
  const ClauseVersion& old = version(h, "a", "2", OpenedHow::kSanding);
  CHECK(old.text == "二");
  CHECK(old.valid_to == "2021-07-01");
  CHECK(old.closed_by == "T1");
  CHECK(old.closed_how == ClosedHow::kReword);
  std::vector<ClauseVersion> rewordings;
  for (const auto& v : h.versions) {
    if (v.opened_how == OpenedHow::kReword) rewordings.push_back(v);
  }
  REQUIRE(rewordings.size() == 2);
  CHECK(rewordings[0].key == "2");
  CHECK(rewordings[0].position == 2);
  CHECK(rewordings[0].text == "二（修订）");
  CHECK(rewordings[0].valid_from == "2021-07-01");
  CHECK(rewordings[0].valid_to == "2023-01-01");
  CHECK(rewordings[0].opened_by == "T1");
  CHECK(rewordings[0].closed_by == "T2");
  CHECK(rewordings[0].closed_how == ClosedHow::kReword);
  CHECK(rewordings[1].text == "二（再修订）");
  CHECK(rewordings[1].valid_to.empty());
  // Versions are ordered by body, position, then valid_from: the three wordings of clause 2
  // follow each other.
  CHECK(texts(h.versions) ==
        std::vector<std::string>{"一", "二", "二（修订）", "二（再修订）", "三"});
  CHECK(texts(in_force(h, "a", "2022-01-01")) == std::vector<std::string>{"一", "二（修订）", "三"});
  CHECK(texts(in_force(h, "a", "2020-06-01")) == std::vector<std::string>{"一", "二", "三"});
}

TEST_CASE("duty history: transfer closes the clause in one body and opens it in the other") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "SA", "2020-01-01", {"甲一", "甲二", "甲三"});
  add_sanding(d, "b", "SB", "2020-03-01", {"乙一", "乙二"});
  add_adjustment(d, "T1", "2021-07-01",
                 {transfer("a", "2", "b", "t2021-1"), transfer("a", "3", "b", "t2021-2", "甲三（划入后）")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());

  const ClauseVersion& out = version(h, "a", "2", OpenedHow::kSanding);
  CHECK(out.valid_to == "2021-07-01");
  CHECK(out.closed_by == "T1");
  CHECK(out.closed_how == ClosedHow::kTransferOut);
  CHECK(out.to_body_id == "b");
  CHECK(out.from_body_id.empty());

  const ClauseVersion& in = version(h, "b", "t2021-1", OpenedHow::kTransferIn);
  CHECK(in.text == "甲二");  // the wording travels with it
  CHECK(in.position == 3);   // after b's own clauses
  CHECK(in.valid_from == "2021-07-01");
  CHECK(in.valid_to.empty());
  CHECK(in.opened_by == "T1");
  CHECK(in.from_body_id == "a");
  CHECK(in.to_body_id.empty());

  const ClauseVersion& reworded = version(h, "b", "t2021-2", OpenedHow::kTransferIn);
  CHECK(reworded.text == "甲三（划入后）");  // optional new wording
  CHECK(reworded.position == 4);
  CHECK(version(h, "a", "3", OpenedHow::kSanding).to_body_id == "b");

  CHECK(keys(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"1"});
  CHECK(keys(in_force(h, "b", "2021-07-01")) ==
        std::vector<std::string>{"1", "2", "t2021-1", "t2021-2"});
  CHECK(keys(in_force(h, "b", "2021-06-30")) == std::vector<std::string>{"1", "2"});
}

TEST_CASE("duty history: a transferred clause can be changed under its new key") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "SA", "2020-01-01", {"甲一", "甲二"});
  add_adjustment(d, "T1", "2021-07-01", {transfer("a", "2", "b", "t1")});
  add_adjustment(d, "T2", "2022-07-01", {reword("b", "t1", "改"), remove("a", "1")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  CHECK(texts(in_force(h, "b", "2022-07-01")) == std::vector<std::string>{"改"});
  CHECK(in_force(h, "a", "2022-07-01").empty());
}

TEST_CASE("duty history: a second 三定 supersedes every clause still open, additions included") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2019-01-01", {"一", "二", "三"});
  add_adjustment(d, "T1", "2020-07-01", {add("a", "x", "新增"), remove("a", "1")});
  add_sanding(d, "a", "S2", "2022-01-01", {"新一", "新二"});
  add_adjustment(d, "T2", "2023-01-01", {add("a", "y", "再增")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  for (const auto& v : h.versions) {
    if (v.opened_by == "S1" && v.key != "1") {
      CAPTURE(v.key);
      CHECK(v.valid_to == "2022-01-01");
      CHECK(v.closed_by == "S2");
      CHECK(v.closed_how == ClosedHow::kSuperseded);
    }
  }
  // The clause removed before the new 三定 keeps its removal.
  int removed = 0;
  for (const auto& v : h.versions) {
    if (v.opened_by == "S1" && v.key == "1") {
      ++removed;
      CHECK(v.closed_how == ClosedHow::kRemove);
      CHECK(v.closed_by == "T1");
    }
  }
  CHECK(removed == 1);
  const ClauseVersion& added = version(h, "a", "x", OpenedHow::kAdd);
  CHECK(added.closed_by == "S2");
  CHECK(added.closed_how == ClosedHow::kSuperseded);

  auto now = in_force(h, "a", "2022-01-01");
  CHECK(keys(now) == std::vector<std::string>{"1", "2"});
  CHECK(texts(now) == std::vector<std::string>{"新一", "新二"});
  CHECK(now[0].opened_by == "S2");
  CHECK(now[0].position == 1);
  // Positions start again with the new 三定: an addition goes after its clauses.
  CHECK(version(h, "a", "y", OpenedHow::kAdd).position == 3);
  CHECK(keys(in_force(h, "a", "2021-12-31")) == std::vector<std::string>{"2", "3", "x"});
}

TEST_CASE("duty history: a 三定 and an adjustment on the same day: the 三定 comes first") {
  Dataset d = two_bodies();
  // The adjustment is listed first and its 文号 sorts first, yet it applies after the 三定.
  add_adjustment(d, "A-0", "2020-01-01", {reword("a", "1", "一（当日修订）"), add("a", "k", "当日新增")});
  add_sanding(d, "a", "Z-9", "2020-01-01", {"一", "二"});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  auto now = in_force(h, "a", "2020-01-01");
  CHECK(texts(now) == std::vector<std::string>{"一（当日修订）", "二", "当日新增"});
  // The 三定's own wording of clause 1 was in force for no day at all.
  const ClauseVersion& original = version(h, "a", "1", OpenedHow::kSanding);
  CHECK(original.valid_from == "2020-01-01");
  CHECK(original.valid_to == "2020-01-01");
  CHECK_FALSE(original.in_force_on("2020-01-01"));
}

TEST_CASE("duty history: documents apply in order of their effective dates, not their list order") {
  Dataset d = two_bodies();
  add_adjustment(d, "T2", "2022-01-01", {reword("a", "x", "新增（修订）")});
  add_adjustment(d, "T1", "2021-01-01", {add("a", "x", "新增")});
  add_sanding(d, "a", "S1", "2020-01-01", {"一"});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  CHECK(texts(in_force(h, "a", "2022-01-01")) == std::vector<std::string>{"一", "新增（修订）"});
}

// Documents effective on the same day apply in the order they were issued (then as listed),
// not in the byte order of their 文号, where 12号 would sort before 9号.
TEST_CASE("duty history: two documents of one day apply in the order they were issued") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "示编〔2020〕1号", "2020-01-01", {"一"});
  std::size_t nine = add_adjustment(d, "示编〔2021〕9号", "2021-07-01", {add("a", "x", "新增")});
  std::size_t twelve =
      add_adjustment(d, "示编〔2021〕12号", "2021-07-01", {reword("a", "x", "新增（修订）")});
  d.documents[nine].issued = "2021-06-01";
  d.documents[twelve].issued = "2021-06-20";
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  CHECK(h.problems.empty());
  CHECK(texts(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"一", "新增（修订）"});
}

TEST_CASE("duty history: a change to a clause that never existed is a problem with a hint") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二", "三"});
  std::size_t doc = add_adjustment(d, "T1", "2021-07-01",
                                   {add("a", "x", "新增"), reword("a", "7", "改"), remove("a", "2")});
  DutyHistory h = replay_duty_history(d);
  REQUIRE(h.problems.size() == 1);
  const HistoryProblem& p = h.problems[0];
  CHECK(p.document_index == doc);
  CHECK(p.change_index == 1);
  CHECK(p.field == "clause");
  CHECK(p.message == "clause \"7\" of a is not in force on 2021-07-01");
  CHECK(has(p.hint, "clauses in force then: 1, 2, 3, x"));
  // The replay goes on: the other changes of the document still apply.
  CHECK(keys(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"1", "3", "x"});
}

TEST_CASE("duty history: a change to a clause already removed names when and by what it ended") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二", "三"});
  add_adjustment(d, "T1", "2021-07-01", {remove("a", "2")});
  std::size_t doc = add_adjustment(d, "T2", "2022-07-01", {remove("a", "1"), reword("a", "2", "改")});
  DutyHistory h = replay_duty_history(d);
  REQUIRE(h.problems.size() == 1);
  const HistoryProblem& p = h.problems[0];
  CHECK(p.document_index == doc);
  CHECK(p.change_index == 1);
  CHECK(p.field == "clause");
  CHECK(p.message == "clause \"2\" of a is not in force on 2022-07-01");
  CHECK(p.hint == "it ended on 2021-07-01 by T1");

  SUBCASE("also when it was transferred away") {
    Dataset t = two_bodies();
    add_sanding(t, "a", "S1", "2020-01-01", {"一", "二"});
    add_adjustment(t, "T1", "2021-07-01", {transfer("a", "2", "b", "t1")});
    std::size_t later = add_adjustment(t, "T2", "2022-07-01", {transfer("a", "2", "b", "t2")});
    DutyHistory th = replay_duty_history(t);
    REQUIRE(th.problems.size() == 1);
    CHECK(th.problems[0].document_index == later);
    CHECK(th.problems[0].change_index == 0);
    CHECK(th.problems[0].field == "clause");
    CHECK(th.problems[0].hint == "it ended on 2021-07-01 by T1");
  }
}

TEST_CASE("duty history: a change dated before the body's 三定 is a problem") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二"});
  std::size_t doc = add_adjustment(d, "T0", "2019-06-01", {reword("a", "1", "改")});
  DutyHistory h = replay_duty_history(d);
  REQUIRE(h.problems.size() == 1);
  const HistoryProblem& p = h.problems[0];
  CHECK(p.document_index == doc);
  CHECK(p.change_index == 0);
  CHECK(p.field == "clause");
  CHECK(p.message == "clause \"1\" of a is not in force on 2019-06-01");
  CHECK(has(p.hint, "三定 later"));
  // Nothing of the change got into the history.
  REQUIRE(h.versions.size() == 2);
  CHECK(texts(in_force(h, "a", "2020-01-01")) == std::vector<std::string>{"一", "二"});
}

TEST_CASE("duty history: adding a key that is in force is a problem") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "S1", "2020-01-01", {"一", "二"});
  std::size_t doc = add_adjustment(d, "T1", "2021-07-01", {add("a", "2", "重复键")});
  DutyHistory h = replay_duty_history(d);
  REQUIRE(h.problems.size() == 1);
  CHECK(h.problems[0].document_index == doc);
  CHECK(h.problems[0].change_index == 0);
  CHECK(h.problems[0].field == "clause");
  CHECK(h.problems[0].message == "clause \"2\" of a is already in force on 2021-07-01");
  CHECK(has(h.problems[0].hint, "new key"));
  CHECK(texts(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"一", "二"});

  SUBCASE("re-adding a key that was removed earlier is fine") {
    Dataset r = two_bodies();
    add_sanding(r, "a", "S1", "2020-01-01", {"一", "二"});
    add_adjustment(r, "T1", "2021-07-01", {remove("a", "2")});
    add_adjustment(r, "T2", "2022-07-01", {add("a", "2", "二（恢复）")});
    DutyHistory rh = replay_duty_history(r);
    INFO(describe(rh));
    CHECK(rh.problems.empty());
    auto now = in_force(rh, "a", "2022-07-01");
    CHECK(keys(now) == std::vector<std::string>{"1", "2"});
    CHECK(now[1].position == 3);
  }
}

TEST_CASE("duty history: transferring under a key the receiving body has in force is a problem") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "SA", "2020-01-01", {"甲一", "甲二"});
  add_sanding(d, "b", "SB", "2020-01-01", {"乙一"});
  std::size_t doc = add_adjustment(d, "T1", "2021-07-01",
                                   {remove("a", "1"), transfer("a", "2", "b", "1")});
  DutyHistory h = replay_duty_history(d);
  REQUIRE(h.problems.size() == 1);
  const HistoryProblem& p = h.problems[0];
  CHECK(p.document_index == doc);
  CHECK(p.change_index == 1);
  CHECK(p.field == "as");
  CHECK(p.message == "clause \"1\" of b is already in force on 2021-07-01");
  CHECK(has(p.hint, "\"as\""));
  // The clause stays where it was.
  CHECK(keys(in_force(h, "a", "2021-07-01")) == std::vector<std::string>{"2"});
  CHECK(texts(in_force(h, "b", "2021-07-01")) == std::vector<std::string>{"乙一"});
}

TEST_CASE("duty history: problems of several documents each name their own document") {
  Dataset d = two_bodies();
  std::size_t first = add_adjustment(d, "T1", "2021-01-01", {remove("a", "1")});
  add_sanding(d, "a", "S1", "2020-01-01", {"一"});
  std::size_t third = add_adjustment(d, "T3", "2023-01-01", {remove("b", "9"), remove("a", "5")});
  DutyHistory h = replay_duty_history(d);
  INFO(describe(h));
  REQUIRE(h.problems.size() == 2);
  CHECK(h.problems[0].document_index == third);
  CHECK(h.problems[0].change_index == 0);
  CHECK(has(h.problems[0].message, "clause \"9\" of b"));
  CHECK(h.problems[1].document_index == third);
  CHECK(h.problems[1].change_index == 1);
  CHECK(first == 0);  // T1 is fine: clause 1 of a is in force on 2021-01-01
}

TEST_CASE("duty history: ClauseVersion::in_force_on takes valid_from in and valid_to out") {
  ClauseVersion v;
  v.valid_from = "2020-01-01";
  CHECK_FALSE(v.in_force_on("2019-12-31"));
  CHECK(v.in_force_on("2020-01-01"));
  CHECK(v.in_force_on("2099-12-31"));  // open end
  v.valid_to = "2021-07-01";
  CHECK(v.in_force_on("2021-06-30"));
  CHECK_FALSE(v.in_force_on("2021-07-01"));
  CHECK_FALSE(v.in_force_on("2022-01-01"));
  v.valid_to = v.valid_from;  // closed the day it opened
  CHECK_FALSE(v.in_force_on("2020-01-01"));
}

TEST_CASE("duty history: the same dataset gives the same history") {
  Dataset d = two_bodies();
  add_sanding(d, "a", "SA", "2020-01-01", {"甲一", "甲二", "甲三"});
  add_sanding(d, "b", "SB", "2020-01-01", {"乙一"});
  add_adjustment(d, "T1", "2021-07-01",
                 {transfer("a", "1", "b", "t1"), add("a", "n1", "新"), reword("b", "1", "乙一改")});
  DutyHistory one = replay_duty_history(d);
  DutyHistory two = replay_duty_history(d);
  REQUIRE(one.versions.size() == two.versions.size());
  for (std::size_t i = 0; i < one.versions.size(); ++i) {
    CHECK(one.versions[i].body_id == two.versions[i].body_id);
    CHECK(one.versions[i].key == two.versions[i].key);
    CHECK(one.versions[i].valid_from == two.versions[i].valid_from);
    CHECK(one.versions[i].text == two.versions[i].text);
  }
  // Ordered by body, then position, then valid_from.
  for (std::size_t i = 1; i < one.versions.size(); ++i) {
    const ClauseVersion& a = one.versions[i - 1];
    const ClauseVersion& b = one.versions[i];
    CAPTURE(i);
    CHECK((a.body_id < b.body_id ||
           (a.body_id == b.body_id &&
            (a.position < b.position || (a.position == b.position && a.valid_from <= b.valid_from)))));
  }
}
