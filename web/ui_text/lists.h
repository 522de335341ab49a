// The interface words of 清单查询 (see common.h).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kLists = "清单查询";
inline constexpr const char* kDivisionList = "职责分工";
inline constexpr const char* kBodyLists = "权责清单";

// #/lists: the lists at a glance
inline constexpr const char* kListsIntro =
    "查询本区公布的权力清单、责任清单、职责任务清单和职责分工清单：可按机构、事项类型等条件筛选，"
    "按任意列排序，导出为 Excel 可打开的表格，或打印。";
inline constexpr const char* kByType = "按事项类型";

// #/lists/<kind>: the table
inline constexpr const char* kTextFilterHint = "在本清单中查找：事项名称、依据、编码等";
inline constexpr const char* kFilters = "筛选";
inline constexpr const char* kChosen = "已选";
inline constexpr const char* kMore = "更多";
inline constexpr const char* kFewer = "收起";
inline constexpr const char* kColumns = "选择列";
inline constexpr const char* kColumnsDone = "完成";
inline constexpr const char* kColumnsDefault = "恢复默认列";
inline constexpr const char* kColumnsHint = "勾选要显示的列，用 ↑ ↓ 调整顺序。";
inline constexpr const char* kMoveUp = "↑";
inline constexpr const char* kMoveDown = "↓";
inline constexpr const char* kSortBy = "排序";
inline constexpr const char* kAscendingMark = " ↑";
inline constexpr const char* kDescendingMark = " ↓";
inline constexpr const char* kExportTable = "导出表格";
inline constexpr const char* kExportExcel = "导出 Excel";  // the view as .xlsx, beside the CSV
inline constexpr const char* kNoMatchingItems = "没有符合条件的事项。可减少筛选条件或换个关键词。";
inline constexpr const char* kListError = "无法显示该清单：";
inline constexpr const char* kEllipsis = "…";
inline constexpr const char* kRowHint = "点击一行查看事项详情。";

// #/item/<kind>?key=: one item
inline constexpr const char* kItemFields = "事项信息";
inline constexpr const char* kItemBasis = "实施依据";
inline constexpr const char* kItemResponsibilities = "责任事项";
inline constexpr const char* kItemStages = "各环节分工";
inline constexpr const char* kItemBodies = "相关机构";
inline constexpr const char* kAccountability = "追责情形";
inline constexpr const char* kItemNotFound = "未找到该事项，可能编码有误或已不在清单中。";
inline constexpr const char* kRoleImplementing = "实施主体";
inline constexpr const char* kRoleResponsible = "责任主体";
inline constexpr const char* kRoleLead = "牵头单位";
inline constexpr const char* kRoleCooperate = "配合单位";
inline constexpr const char* kBackToLists = "← 清单查询";
inline constexpr const char* kBackArrow = "← ";

}  // namespace dutyatlas::web::text
