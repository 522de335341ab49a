// The reader of the list tables (core/lists/list_loader.h): what the builder wrote from the
// demo district's structs (model.h) comes back equal, with the bundle's order and numbers.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/lists/list_loader.h"
#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

const builder::Source& demo_source() {
  static builder::Source source = [] {
    builder::Diagnostics diagnostics;
    builder::Source s = builder::read_source_folder((source_root() / "assets" / "demo").string(), &diagnostics);
    if (diagnostics.has_errors()) throw std::runtime_error("test: assets/demo has errors");
    return s;
  }();
  return source;
}

bool same_power(const PowerItem& a, const PowerItem& b) {
  return a.code == b.code && a.name == b.name && a.sub_name == b.sub_name && a.type == b.type &&
         a.body_id == b.body_id && a.basis == b.basis && a.responsible_body_id == b.responsible_body_id &&
         a.service_unit == b.service_unit && a.time_limit == b.time_limit && a.fee_basis == b.fee_basis &&
         a.extra == b.extra;
}

std::vector<std::string> sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("list loader: powers and responsibilities come back as the builder wrote them") {
  const DutyDatabase& db = lists::district();
  const Dataset& dataset = demo_source().dataset;
  std::vector<StoredPower> powers;
  for_each_power(db.handle(), [&](const StoredPower& p) { powers.push_back(p); });
  REQUIRE(powers.size() == dataset.powers.size());
  CHECK(std::is_sorted(powers.begin(), powers.end(),
                       [](const StoredPower& a, const StoredPower& b) { return a.power.code < b.power.code; }));
  for (const StoredPower& p : powers) {
    REQUIRE(p.sort >= 0);
    REQUIRE(std::size_t(p.sort) < dataset.powers.size());
    CHECK(same_power(p.power, dataset.powers[std::size_t(p.sort)]));  // sort: the published place
  }
  std::optional<PowerItem> one = read_power(db.handle(), dataset.powers[7].code);
  REQUIRE(one);
  CHECK(same_power(*one, dataset.powers[7]));
  CHECK_FALSE(read_power(db.handle(), "NO-SUCH-CODE"));
  std::set<std::string> implementers;
  for (const PowerItem& p : dataset.powers) implementers.insert(p.body_id);
  CHECK(read_power_body_ids(db.handle()) == implementers);

  // Stages by power, numbered 0, 1, … within it in the order published.
  std::map<std::string, std::vector<const ResponsibilityItem*>> published;
  for (const auto& r : dataset.responsibilities) published[r.power_code].push_back(&r);
  std::size_t count = 0;
  for_each_responsibility(db.handle(), [&](const StoredResponsibility& r) {
    const auto& stages = published[r.responsibility.power_code];
    REQUIRE(std::size_t(r.seq) < stages.size());
    const ResponsibilityItem& p = *stages[std::size_t(r.seq)];
    CHECK(r.responsibility.stage == p.stage);
    CHECK(r.responsibility.duty == p.duty);
    CHECK(r.responsibility.accountability == p.accountability);
    CHECK(r.responsibility.body_id == p.body_id);
    ++count;
  });
  CHECK(count == dataset.responsibilities.size());
  const std::string code = dataset.responsibilities.front().power_code;
  std::vector<StoredResponsibility> of_one = read_responsibilities_of(db.handle(), code);
  REQUIRE(of_one.size() == published[code].size());
  CHECK(of_one.back().seq == std::int64_t(of_one.size() - 1));

  ListSizes sizes = read_list_sizes(db.handle());
  CHECK(sizes.powers == dataset.powers.size());
  CHECK(sizes.responsibilities == dataset.responsibilities.size());
}

TEST_CASE("list loader: task lists and division matters in published order") {
  const DutyDatabase& db = lists::district();
  const Dataset& dataset = demo_source().dataset;
  std::vector<StoredTaskList> lists = read_task_lists(db.handle());
  REQUIRE(lists.size() == dataset.task_lists.size());
  for (std::size_t l = 0; l < lists.size(); ++l) {
    const TaskList& want = dataset.task_lists[l];
    const StoredTaskList& got = lists[l];
    CHECK(got.list.id == want.id);
    CHECK(got.list.name == want.name);
    REQUIRE(got.list.items.size() == want.items.size());
    REQUIRE(got.seqs.size() == want.items.size());
    for (std::size_t i = 0; i < want.items.size(); ++i) {
      CHECK(got.seqs[i] == std::int64_t(i));
      CHECK(got.list.items[i].number == want.items[i].number);
      CHECK(got.list.items[i].task == want.items[i].task);
      CHECK(got.list.items[i].basis == want.items[i].basis);
      CHECK(got.list.items[i].body_ids == sorted(want.items[i].body_ids));  // by id
    }
  }
  REQUIRE(read_task_list(db.handle(), dataset.task_lists[1].id));
  CHECK(read_task_list(db.handle(), dataset.task_lists[1].id)->list.items.size() == dataset.task_lists[1].items.size());
  CHECK_FALSE(read_task_list(db.handle(), "no-such-list"));

  std::vector<StoredDivisionMatter> matters = read_division_matters(db.handle());
  REQUIRE(matters.size() == dataset.division_matters.size());
  for (std::size_t m = 0; m < matters.size(); ++m) {
    const DivisionMatter& want = dataset.division_matters[m];
    const DivisionMatter& got = matters[m].matter;
    CHECK(got.code == want.code);
    CHECK(got.group == want.group);
    CHECK(got.name == want.name);
    REQUIRE(got.stages.size() == want.stages.size());
    REQUIRE(matters[m].stage_seqs.size() == want.stages.size());
    for (std::size_t s = 0; s < want.stages.size(); ++s) {
      CHECK(got.stages[s].stage == want.stages[s].stage);
      CHECK(got.stages[s].basis == want.stages[s].basis);
      CHECK(got.stages[s].lead_body_ids == sorted(want.stages[s].lead_body_ids));
      CHECK(got.stages[s].cooperating_body_ids == sorted(want.stages[s].cooperating_body_ids));
    }
  }
}
