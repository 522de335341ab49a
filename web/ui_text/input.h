// The words of text boxes: the counter and the limit of the multi-line box
// (web/views/text_area.h). printf formats: each %d is a number of characters.
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kTextCount = "已输入 %d / 上限 %d 字";
inline constexpr const char* kTextRefused = "这段文字没有加入：加入后共 %d 字，超过上限 %d 字。请删减后再粘贴。";
inline constexpr const char* kTextCut = "已到上限 %d 字，多出的 %d 字没有收入。";

}  // namespace dutyatlas::web::text
