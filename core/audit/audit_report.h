// 职责体检: what the audit of one publication found, and how to run it. The finders live one per
// kind of finding — overlaps.h (交叉: clauses and powers several bodies hold), gaps.h (待明确:
// stages without a lead, references to bodies not in the data, search words pointing nowhere),
// staleness.h (陈旧: old 三定 with many adjustments, lists not republished, duties without
// powers). audit_print.h writes the report as text, JSON and CSV.
//
// Works on the bundle's database alone (so the client runs the same audit as the CLI); parses no
// source file. The report shows data, not judgements: its words are 可能交叉 and 待明确.
// Not for: search ranking or 新旧对照 (they reuse the same term weights, term_weights.h).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/enum_text.h"
#include "core/bundle/duty_database.h"

namespace dutyatlas {

enum class FindingKind {
  kOverlap,              // 职责可能交叉: clauses of two bodies about the same matter
  kSharedPower,          // 权力事项同名: one 事项名称 held by several bodies
  kStageWithoutLead,     // 分工环节无牵头单位
  kUnknownBody,          // 引用的机构不在数据中或已无现行职责
  kDanglingSearchWord,   // 关键词/同义词指向空
  kTopicWithoutDuty,     // 谁来管话题无职责对应: a publisher's synonym word no duty answers
  kStaleSanding,         // 三定较久且调整较多
  kStaleList,            // 清单公布日期早于数据日期一年以上
  kDutiesWithoutPowers,  // 有职责无权力清单事项
  kPowersWithoutDuties,  // 有权力清单事项无现行职责
};

// Groups, in report order: 交叉 (overlaps.h), 待明确 (gaps.h), 陈旧 (staleness.h).
inline constexpr EnumText<FindingKind> kFindingKinds[] = {
    {FindingKind::kOverlap, "overlap", "职责可能交叉"},
    {FindingKind::kSharedPower, "shared_power", "权力事项同名"},
    {FindingKind::kStageWithoutLead, "stage_without_lead", "分工环节无牵头单位"},
    {FindingKind::kUnknownBody, "unknown_body", "引用的机构待明确"},
    {FindingKind::kDanglingSearchWord, "dangling_search_word", "关键词或同义词无对应内容"},
    {FindingKind::kTopicWithoutDuty, "topic_without_duty", "谁来管话题无职责对应"},
    {FindingKind::kStaleSanding, "stale_sanding", "三定较久且调整较多"},
    {FindingKind::kStaleList, "stale_list", "清单未按年公布"},
    {FindingKind::kDutiesWithoutPowers, "duties_without_powers", "有职责而无权力事项"},
    {FindingKind::kPowersWithoutDuties, "powers_without_duties", "有权力事项而无现行职责"},
};

// Where a finding's evidence is: a body, and within it a clause, list entry or matter, with the
// source file a publisher edits to change it (the conventional path, docs/source-format.md).
struct FindingRef {
  std::string body_id;    // '' when the evidence is not a body's (a keyword, a list)
  std::string body_name;  // the body's name, or the id as written when it is not in the data
  std::string item;       // clause key (zhzfj#7 → "7"), 事项编码, matter 编号, document number …
  std::string text;       // the evidence itself: the clause, the power's name …
  std::string file;       // sanding/zhzfj.json, lists/powers.csv …
};

struct AuditFinding {
  FindingKind kind = FindingKind::kOverlap;
  double score = 0;                    // within a kind, larger is worse (the report's order)
  std::string summary;                 // one line, Chinese, neutral
  std::vector<FindingRef> refs;        // the evidence, at least one
  std::vector<std::string> shared_terms;  // overlaps: the distinctive terms the clauses share
  std::string settled_by;              // overlaps: the 职责分工 matter or 三定 boundary that settles
                                       // it ('' when none); settled findings are kept, marked
};

// The audit's settable figures. The overlap threshold was tuned on half of the demo's bodies
// (docs/audit.md: how each of the top pairs was judged).
struct AuditOptions {
  double overlap_threshold = 0.40;  // least term_similarity of two clauses to list them
  double overlap_min_weight = 12;   // least weight of the uncommon bigrams they share (~3 rare ones)
  int stale_years = 5;              // a 三定 older than this many years …
  int stale_adjustments = 3;        // … with at least this many adjustments since it
  int list_max_age_days = 366;      // 一年一公开: a list published longer before the data date
  // 谁来管 topics without a duty (gaps.h): off unless asked for — a 谁来管 query per synonym
  // group is most of the audit's time on a large district.
  bool topics = false;
  // Only the bodies whose id is here (both sides of an overlap) — for tuning on part of the
  // data; empty: all bodies.
  std::vector<std::string> only_bodies;
};

struct AuditReport {
  std::string data_date;                // the publication's (meta data_date)
  std::vector<AuditFinding> findings;   // by kind (kFindingKinds' order), then worst first
  // Each step's own time, in the order run ("overlaps" → ms): for `dutyatlas audit --timing`
  // and bench/audit.sh, to see which finder the time goes to. Never part of the report's text.
  std::vector<std::pair<std::string, double>> step_ms;
  int count(FindingKind kind) const;
  int settled(FindingKind kind) const;
};

// Runs every finder. Throws DatabaseError when the database does not answer (never an empty
// report for a failure).
AuditReport audit_publication(const DutyDatabase& db, const AuditOptions& options = {});

}  // namespace dutyatlas
