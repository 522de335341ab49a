// Drawing helpers of 历史沿革 and 新旧对照: text with inserted / deleted characters marked,
// kind tags, and the date picker (chips of document dates plus a YYYY-MM-DD field).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/history/change_kind.h"
#include "core/history/char_diff.h"
#include "core/history/duty_compare.h"
#include "web/history_state.h"

namespace dutyatlas::web::history_widgets {

// A run of text in one style. kMarked: text ink on the highlighter of search matches (theme.h
// kHighlight) — what 职责体检 marks as two clauses' shared terms.
enum class Ink { kText, kLabel, kInserted, kDeleted, kMuted, kMarked };
struct Run {
  std::string text;
  Ink ink = Ink::kText;
};

// The runs of one side of a compared clause: its label (（三）), then its text — with the
// deleted characters (side kDelete, old clause) or inserted ones (side kInsert, new clause)
// marked when `spans` is not empty.
std::vector<Run> clause_runs(const std::string& label, const std::string& text,
                             const std::vector<DiffSpan>& spans, DiffKind side);

// Height of `runs` wrapped at `width` (Chinese line-breaking rules, web/text_layout.h).
float runs_height(const std::vector<Run>& runs, float width);
// Draws `runs` wrapped at `width` with its top-left at `pos` (screen): inserted characters on
// green, deleted ones on red with a strike-through, marked ones on the highlighter. Returns the height. No layout item.
float draw_runs(const std::vector<Run>& runs, ImVec2 pos, float width);

// A link that wraps within `width` (a long body name in a narrow column): `runs` drawn at the
// cursor (the link's own words in Ink::kLabel, the accent colour), recorded under `key` with
// `text`. True when clicked.
bool wrapped_link(const std::vector<Run>& runs, const std::string& text, const std::string& key,
                  float width);

// The colour of a comparison kind (tags, the row's edge).
ImVec4 compare_kind_colour(CompareKind kind);
ImVec4 change_kind_colour(ChangeKind kind);
// A small tag with `text` in `colour`, at `pos`; returns its size. No layout item.
ImVec2 draw_tag(const std::string& text, ImVec4 colour, ImVec2 pos);
ImVec2 tag_size(const std::string& text);

// The date picker: a chip per document date (key "chip:<key>:<date>"), "数据日期" (the
// publication's date), a YYYY-MM-DD field ("input:<key>") and a button ("button:<key>").
// Returns the date chosen this frame ("" if none); a typed date that is not a date sets
// *error (shown under the field) and returns "".
std::string date_picker(const std::string& key, const std::vector<DateChoice>& choices,
                        const std::string& data_date, const std::string& current, char* input,
                        std::size_t input_size, const char* button_label, std::string* error);


// Chips that wrap onto the next line when the column is full: call before each chip.
void wrap_before(const std::string& label, bool first);

}  // namespace dutyatlas::web::history_widgets
