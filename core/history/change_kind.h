// The kinds of change a document makes to a body's duties — what 历史沿革, 全区职责调整, the
// document archive and the JSON answers ({query: "changes", kind}) name — defined once, with the
// code machines use and the word readers see (三定, 新增, 删除, 修改, 划转). Core owns these words,
// so the builder puts them in the client's font (builder/build_command.cpp) from this list.
//
// Not for: the kinds of a row of 新旧对照 (CompareKind, duty_compare.h), which also tell a
// transfer's direction (划入 / 划出) and split and merged clauses.
#pragma once

#include <string_view>

namespace dutyatlas {

enum class ChangeKind {
  kSanding,      // a 三定 set the body's duties anew
  kAdded,        // a clause added
  kRemoved,      // a clause removed
  kReworded,     // a clause given new wording
  kTransferred,  // a clause moved to another body (划转)
};

// Every kind, in the order they are listed to readers.
inline constexpr ChangeKind kChangeKinds[] = {ChangeKind::kSanding, ChangeKind::kAdded,
                                              ChangeKind::kRemoved, ChangeKind::kReworded,
                                              ChangeKind::kTransferred};

// "sanding", "added", "removed", "reworded", "transferred": in routes and JSON answers.
std::string_view change_kind_code(ChangeKind kind);
// 三定, 新增, 删除, 修改, 划转.
std::string_view change_kind_label(ChangeKind kind);
// Accepts the codes and the labels; false for anything else.
bool parse_change_kind(std::string_view text, ChangeKind* out);

}  // namespace dutyatlas
