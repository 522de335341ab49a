// The interface words of 历史沿革 and 新旧对照 (see common.h).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kHistory = "历史沿革";
inline constexpr const char* kCompare = "新旧对照";
inline constexpr const char* kDistrictChanges = "全区职责调整";

}  // namespace dutyatlas::web::text
