// The interface words of 职责文件档案库 (see common.h).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kArchive = "职责文件档案库";

}  // namespace dutyatlas::web::text
