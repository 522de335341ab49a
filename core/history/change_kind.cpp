// The one table of the kinds of change (see change_kind.h).
#include "core/history/change_kind.h"

#include "core/base/enum_text.h"

namespace dutyatlas {
namespace {

constexpr EnumText<ChangeKind> kChangeKindText[] = {
    {ChangeKind::kSanding, "sanding", "三定"},
    {ChangeKind::kAdded, "added", "新增"},
    {ChangeKind::kRemoved, "removed", "删除"},
    {ChangeKind::kReworded, "reworded", "修改"},
    {ChangeKind::kTransferred, "transferred", "划转"},
};

}  // namespace

std::string_view change_kind_code(ChangeKind kind) { return enum_text(kChangeKindText, kind).code; }

std::string_view change_kind_label(ChangeKind kind) {
  return enum_text(kChangeKindText, kind).label;
}

bool parse_change_kind(std::string_view text, ChangeKind* out) {
  return parse_enum_text(kChangeKindText, text, out, /*or_label=*/true);
}

}  // namespace dutyatlas
