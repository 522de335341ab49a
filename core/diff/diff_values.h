// How one value, and the change of a value, is written in the change report (diff_text.cpp):
// whole when short, as a character diff (core/history/char_diff.h) when two long texts are
// mostly the same. Not the labels of fields nor the report's layout. Internal to core/diff.
#pragma once

#include <cstddef>
#include <string>

namespace dutyatlas {

inline constexpr std::size_t kDiffShownChars = 60;  // characters of a whole text shown on one line

// A value on one line: line breaks (between the 环节 of a matter, the changes of a document)
// shown as ／.
std::string one_line(std::string value);

// A value as the report shows it whole: "（空）" for none, on one line, cut to kDiffShownChars characters.
std::string shown_value(const std::string& value);

// "before → after" for short values (30 characters or fewer), where one side is empty, and for two
// long texts that share less than half their characters (a diff of those is a comb of edits).
// Two long texts that are mostly the same as a character diff: "…负责[-监测-]{+监测和信息发布+}
// 工作。" — deleted characters in [-…-], inserted in {+…+}, ten characters of context either
// side, at most four edits and then "（另有 N 处改动）".
std::string before_after(const std::string& old_value, const std::string& new_value);

// One line of a document's 职责变动 as the report shows it: "改写 生态环境局 职责 3：…",
// "划转 生态环境局 职责 5 → 综合执法局 职责 t2026-1". `action` is the stored code (model.h:
// change_action_code); bodies by name, the id where the body is not in the publication.
std::string document_change_line(const std::string& action, const std::string& body,
                                 const std::string& clause_key, const std::string& to_body,
                                 const std::string& as_key, const std::string& text);

}  // namespace dutyatlas
