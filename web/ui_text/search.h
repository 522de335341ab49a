// The words of the search results page that search that forgives added: the partial-match
// notice, the suggestion and the offer of 谁来管 (core/search/forgiving_search.h). The older
// search words are in common.h.
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kPartialMatches = "没有同时包含全部词语的结果，以下为部分匹配。";
inline constexpr const char* kFewStrictMatches = "同时包含全部词语的结果较少，其后为部分匹配。";
inline constexpr const char* kAskWho = "用谁来管分析这段话";
inline constexpr const char* kDidYouMean = "您是不是要找：";
// While the client builds the search index after its first frame (core/search/search_index.h):
// the search box's hint, the search results, 谁来管 and a list's text filter say so.
inline constexpr const char* kSearchPreparing = "正在准备检索…";

}  // namespace dutyatlas::web::text
