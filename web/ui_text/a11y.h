// The words of the accessibility layer and keyboard operation (site/a11y.js takes them from the
// client through da_a11y_words, so they live here with every other interface word), and of the
// header's link to the HTML edition (文字版).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kTextEdition = "文字版";
inline constexpr const char* kSkipToContent = "跳到主要内容";
inline constexpr const char* kRegionHeader = "页头";
inline constexpr const char* kRegionNavigation = "机构导航";
inline constexpr const char* kRegionContent = "主要内容";
inline constexpr const char* kSuggestionsList = "建议的处理机构";
inline constexpr const char* kListTable = "清单表格";

}  // namespace dutyatlas::web::text
