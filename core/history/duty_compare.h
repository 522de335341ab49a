// 新旧对照: a body's 主要职责 in force on two dates, clause by clause.
//
// Each row pairs an old clause (in force on `from`) with a new one (in force on `to`) and says
// what happened: 未变 unchanged, 新增 added, 删除 removed, 修改 reworded (with a character diff),
// 划入 transferred in / 划出 transferred out (with the other body), 拆分 split (one old clause
// became several new ones: one row per part, sharing a group), 合并 merged (several old clauses
// became one: one row per old clause, sharing a group).
//
// Clauses are aligned by content, not by number, in this order (each step only sees what the
// earlier ones left unpaired):
//   1. same key and same text                                        → unchanged
//   2. same text anywhere (reordered, renumbered, removed and re-added) → unchanged
//   3. the recorded history (clause_versions) between the two dates:
//        an old clause's chain of rewordings (same key) reaching a clause in force on `to`
//                                                                    → reworded
//        ... ending in a removal                                     → removed
//        ... ending in a transfer to another body                    → transferred out
//      and for a new clause, the start of its chain after `from`:
//        an addition                                                 → added
//        a transfer from another body                                → transferred in
//      The documents are authoritative: a clause a document removed stays removed even if a
//      later addition reads similar.
//   4. the rest — clauses ended by a new 三定 (superseded) and those a later 三定 opened —
//      by content (wording, and meaning: distinctive terms weighted by term_weights.h):
//        split / merge by wording: one clause whose text is mostly (≥ kCoverThreshold) covered by two or
//        more clauses of the other side, each of which mostly (≥ kPartThreshold of its own
//        text) comes from it, covers ≥ kPartMinShare of it and adds a part no other covers
//        (≥ kPartUniqueShare of it); coverage counts the equal runs of the cleaned-up
//        character diff (char_diff.h), so stray common characters do not count; competing
//        proposals are taken best-covered first;
//        split / merge by meaning: the same rule on a clause's distinctive terms, weighted, each
//        part taking ≥ kTermPartThreshold of its own weight from the whole, and more than from
//        any other clause of the whole's side, together ≥ kTermCoverThreshold;
//        then reworded: the one-to-one assignment of largest total score (Hungarian,
//        assignment.h) over the pairs with term_similarity() ≥ kTermRewordThreshold (shared
//        distinctive terms), or similarity() ≥ kRewordThreshold (2·LCS/(|a|+|b|)) and
//        term_similarity() ≥ kTermWordingFloor (not only boilerplate in common); the rest stays
//        removed + added.
//   Rows pairing two different clauses carry shared_terms (共同要点, the why); compare_duties
//   then marks unpaired added / removed rows that read like a clause gone from / appearing in
//   another body on the same date as 疑似划转 (suspected_transfer.h).
// Rows follow the new numbering; a row without a new clause (removed, transferred out) follows
// the row of the nearest old clause before it, so it stays near its old position.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/xlsx_writer.h"
#include "core/duties/term_weights.h"
#include "core/history/char_diff.h"
#include "core/bundle/duty_database.h"
#include "core/history/duty_history.h"
#include "core/duties/duty_queries.h"

namespace dutyatlas {

inline constexpr double kRewordThreshold = 0.5;
inline constexpr double kPartThreshold = 0.5;
inline constexpr double kCoverThreshold = 0.7;
inline constexpr double kPartMinShare = 0.2;
inline constexpr double kPartUniqueShare = 0.1;
// Meaning (term_weights.h), tuned on tests/eval/compare/tuning (see tests/eval/README.md).
// A rewording keeps a third or less of its terms' weight: labelled ones scored 0.29–0.77, the
// best wrong pair of a removed / added clause 0.20. Parts of a split take 0.29–0.81 of their
// own weight from the whole (new parts bring new terms); together they cover ≥ 0.6 of it.
inline constexpr double kTermRewordThreshold = 0.25;
inline constexpr double kTermPartThreshold = 0.28;
inline constexpr double kTermCoverThreshold = 0.6;
// A three-way split gives parts of a fifth of the whole's weight (0.19 in the tuning set).
inline constexpr double kTermPartMinShare = 0.15;
// Wording alone (similarity ≥ kRewordThreshold) pairs only clauses that also share this much
// meaning: 负责农业统计和农业信息化工作 and 负责农业投资项目的管理和监督工作 share half their
// characters (负责农业…和…工作) and almost none of their terms (0.11).
inline constexpr double kTermWordingFloor = 0.15;

enum class CompareKind {
  kUnchanged,
  kAdded,
  kRemoved,
  kReworded,
  kTransferredIn,
  kTransferredOut,
  kSplit,
  kMerged,
};
// Every kind, in the order above (the builder puts their labels in the font).
inline constexpr CompareKind kCompareKinds[] = {
    CompareKind::kUnchanged, CompareKind::kAdded,         CompareKind::kRemoved,
    CompareKind::kReworded,  CompareKind::kTransferredIn, CompareKind::kTransferredOut,
    CompareKind::kSplit,     CompareKind::kMerged,
};
std::string_view compare_kind_code(CompareKind kind);   // "unchanged", "transferred_in", …
std::string_view compare_kind_label(CompareKind kind);  // 未变, 新增, 删除, 修改, 划入, 划出, 拆分, 合并
// Accepts the codes and the labels.
bool parse_compare_kind(std::string_view code, CompareKind* out);

// Which step of the alignment (above) paired a row: 1 kKey, 2 kText, 3 kHistory, 4 kContent;
// kUnpaired for a clause left without a partner (removed or added by content).
enum class MatchedBy { kUnpaired, kKey, kText, kHistory, kContent };
std::string_view matched_by_code(MatchedBy how);  // "", "key", "text", "history", "content"

// A clause as shown on one of the two dates: number is its 1-based display order then.
struct ComparedClause {
  int number = 0;
  std::string key;
  std::string text;
};

// 疑似划转: an added clause that reads like one gone from another body on the same date (or a
// removed one that reads like one appearing in another body), with no document recording a
// transfer. Shown beside the row's own kind (still 新增 / 删除: the documents say so), never as
// a documented 划入 / 划出.
struct SuspectedTransfer {
  std::string body_id;          // the other body
  std::string body_name;
  ComparedClause clause;        // its clause (number: on the date it was in force there)
  double similarity = 0;        // term_similarity of the two clauses
  std::vector<std::string> shared_terms;  // the distinctive terms they share, weightiest first
};

struct ComparisonRow {
  CompareKind kind = CompareKind::kUnchanged;
  std::optional<ComparedClause> old_clause;  // null for added / transferred in
  std::optional<ComparedClause> new_clause;  // null for removed / transferred out
  std::vector<DiffSpan> spans;  // reworded, split, merged: old → new; empty otherwise
  double similarity = 0;        // similarity(old, new): 1 unchanged, 0 without both sides
  std::string doc_no;           // the document that made the change, where known
  std::optional<DocumentSummary> document;  // filled by compare_duties
  std::string other_body_id;    // transfers: the body it came from / went to
  std::string other_body_name;  // filled by compare_duties
  int group = 0;                // split / merged: rows of one split or merge share it (1, 2 …)
  MatchedBy matched_by = MatchedBy::kUnpaired;
  // Rows paired by content (and 疑似划转): the distinctive terms both clauses share, weightiest
  // first (共同要点) — why they were paired.
  std::vector<std::string> shared_terms;
  std::optional<SuspectedTransfer> suspected_transfer;  // added / removed rows only
};

struct ComparisonSummary {
  int unchanged = 0, added = 0, removed = 0, reworded = 0;
  int transferred_in = 0, transferred_out = 0;
  int split = 0;   // old clauses split (groups), not rows
  int merged = 0;  // new clauses formed by merging (groups), not rows
};

struct DutyComparison {
  std::string body_id;
  std::string body_name;
  std::string from_date, to_date;
  std::optional<DocumentSummary> from_sanding, to_sanding;  // 三定 in force on each date
  int old_count = 0, new_count = 0;  // clauses in force on each date
  ComparisonSummary summary;
  std::vector<ComparisonRow> rows;
};

// The core alignment on one body's clause versions (as in clause_versions, any order), no
// database: what compare_duties runs after loading them. Leaves document, names empty.
// `from` after `to`: the dates are swapped. `weights`: the publication's term weights; null →
// weights over these versions' texts.
DutyComparison compare_versions(const std::vector<ClauseVersion>& versions, std::string from,
                                std::string to, const TermWeights* weights = nullptr);

// Default dates: `from` empty → the effective date of the body's previous 三定 if it has two or
// more, else of its only 三定 (no 三定: its first clause's date, else the data date); `to`
// empty → the publication's data date. nullopt if the body does not exist.
std::optional<DutyComparison> compare_duties(const DutyDatabase& db, std::string_view body_id,
                                             std::string_view from_date = {},
                                             std::string_view to_date = {});

// Rows without the unchanged ones (the summary stays whole).
void drop_unchanged(DutyComparison* comparison);

// The comparison as a table, header first: 序号, 变化, 原序号, 原条款, 现序号, 现条款, 分组,
// 相关机构, 文号, 文件标题, 生效日期 — what the CSV and the CLI's .xlsx hold.
std::vector<std::vector<std::string>> comparison_table(const DutyComparison& comparison);

// The comparison as a workbook's table (core/base/xlsx_writer.h): comparison_table under a title
// naming the body, the two dates and the data date.
SpreadsheetTable comparison_spreadsheet(const DutyComparison& comparison, const std::string& data_date);

// The comparison as CSV (comparison_table): UTF-8 with BOM, CRLF lines (RFC 4180: fields with , " CR LF quoted,
// quotes doubled); a cell starting with = + - @ (or tab / CR) gets a leading ' so a spreadsheet
// does not run it as a formula.
std::string comparison_csv(const DutyComparison& comparison);

}  // namespace dutyatlas
