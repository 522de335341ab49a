// The overlap finder's shortcuts — clauses grouped by text, each text pair scored once, pairs
// proposed by the inverted index of distinctive terms — change nothing: on the demo twice over
// (every clause then has a twin in an unrelated body, as synth and boilerplate make them), the
// findings equal those of comparing every pair of clauses one by one.
#include <doctest/doctest.h>

#include "builder/bundle_writer.h"
#include "builder/synth.h"
#include "core/audit/audit_context.h"
#include "core/audit/overlaps.h"
#include "core/history/duty_history.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

// A finding as the report shows it: the two clauses, the score, the shared terms, the settlement.
std::string line(const AuditFinding& f) {
  std::string out = f.refs[0].body_id + "#" + f.refs[0].item + " ~ " + f.refs[1].body_id + "#" +
                    f.refs[1].item + " " + std::to_string(f.score) + " " + f.settled_by + " |";
  for (const auto& t : f.shared_terms) out += " " + t;
  return out;
}

std::vector<std::string> lines(const std::vector<AuditFinding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(line(f));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("audit: overlaps through grouped texts and the term index equal those of comparing every clause pair") {
  builder::Diagnostics diagnostics;
  builder::Source demo = builder::read_source_folder((source_root() / "assets" / "demo").string(), &diagnostics);
  Dataset twice = builder::synthesize(demo.dataset, 2);
  auto db = open_image(builder::write_database_image(twice, replay_duty_history(twice)));
  REQUIRE(db);
  // A third of the bodies and their copies (the reference is quadratic), at the defaults and at
  // a looser threshold that lets many more pairs through.
  AuditOptions options;
  for (std::size_t i = 0; i < demo.dataset.bodies.size(); i += 3) {
    options.only_bodies.push_back(demo.dataset.bodies[i].id);
    options.only_bodies.push_back(demo.dataset.bodies[i].id + "-s2");
  }
  for (double threshold : {0.40, 0.25}) {
    options.overlap_threshold = threshold;
    options.overlap_min_weight = threshold < 0.4 ? 6 : 12;
    AuditContext context(*db, options);
    std::vector<AuditFinding> indexed, every;
    find_overlaps(context, &indexed);
    find_overlaps_every_pair(context, &every);
    INFO("threshold " << threshold);
    CHECK(indexed.size() > 10);
    CHECK(lines(indexed) == lines(every));
    // Twins in unrelated bodies are found: a body and its copy hold the same clause.
    bool twin = false;
    for (const auto& f : indexed) twin = twin || f.refs[0].text == f.refs[1].text;
    CHECK(twin);
  }
}
