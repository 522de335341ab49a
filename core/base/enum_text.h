// Enums that are stored or answered as text — in the bundle's columns, in the JSON answers, in
// routes — keep one table each of {value, code, label}, and these two look-ups serve them all,
// so a code is spelled once and code → value → code always round-trips.
//
//   constexpr EnumText<DiffKind> kDiffKinds[] = {{DiffKind::kEqual, "equal"}, …};
//   enum_text(kDiffKinds, DiffKind::kEqual).code   → "equal"
//   parse_enum_text(kDiffKinds, "equal", &kind)     → true, kind = DiffKind::kEqual
//
// Not for: interface words of the client (web/ui_text/); `label` holds only the words core itself
// owns (the builder puts them in the font).
#pragma once

#include <cassert>
#include <cstddef>
#include <string_view>

namespace dutyatlas {

template <typename Enum>
struct EnumText {
  Enum value;
  std::string_view code;         // machine text: stored, answered, in routes
  std::string_view label = {};   // the Chinese word readers see, where core owns one
};

// The entry of `value`. Every value of the enum has one: a missing one is a bug in the table.
template <typename Enum, std::size_t N>
constexpr const EnumText<Enum>& enum_text(const EnumText<Enum> (&table)[N], Enum value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry;
  }
  assert(false && "enum value without an entry in its table");
  return table[0];
}

// The value whose code — or, when `or_label`, whose label — is `text`; false if none.
template <typename Enum, std::size_t N>
bool parse_enum_text(const EnumText<Enum> (&table)[N], std::string_view text, Enum* out,
                     bool or_label = false) {
  for (const auto& entry : table) {
    if (entry.code == text || (or_label && !entry.label.empty() && entry.label == text)) {
      *out = entry.value;
      return true;
    }
  }
  return false;
}

}  // namespace dutyatlas
