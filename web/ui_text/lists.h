// The interface words of 清单查询 (see common.h).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kLists = "清单查询";
inline constexpr const char* kDivisionList = "职责分工";
inline constexpr const char* kBodyLists = "权责清单";

}  // namespace dutyatlas::web::text
