// The interface words of 历史沿革 and 新旧对照 (see common.h).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kHistory = "历史沿革";
inline constexpr const char* kTransferArrow = " → ";  // 划出 from one body to another
inline constexpr const char* kCompare = "新旧对照";
inline constexpr const char* kDistrictChanges = "全区职责调整";
inline constexpr const char* kYearChanges = " 年职责调整";  // after the year: 2021 年职责调整

// 历史沿革 of a body
inline constexpr const char* kTimeline = "调整记录";
inline constexpr const char* kTimelineIntro = "设定或调整本机构职责的文件，按生效日期排列。";
inline constexpr const char* kDutiesOnDate = "某日职责";
inline constexpr const char* kNoTimeline = "本机构暂无设定或调整职责的文件。";
inline constexpr const char* kSandingEntry = "三定";
inline constexpr const char* kAdjustmentEntry = "职责调整";
inline constexpr const char* kEstablished = "设定";
inline constexpr const char* kSuperseded = "替代原职责";
// 新增, 删除, 修改, 划入, 划出 and the like are core's words: core/history/change_kind.h and
// duty_compare.h (the builder puts them in the font from there).
inline constexpr const char* kClausesAfter = "调整后共";
inline constexpr const char* kShowDutiesThen = "查看当时职责";
inline constexpr const char* kCompareThisDocument = "本次调整对照";
inline constexpr const char* kEffectiveOn = "生效";
inline constexpr const char* kPickDate = "选择日期：";
inline constexpr const char* kDateHint = "年-月-日，如 2021-07-01";
inline constexpr const char* kShowDate = "查看";
inline constexpr const char* kDateInvalid = "不是有效日期，请按“年-月-日”输入，如 2021-07-01。";
inline constexpr const char* kBannerShowing = "显示 ";
inline constexpr const char* kBannerInForce = " 施行的主要职责";
inline constexpr const char* kBannerLastDocument = "最后适用的文件：";
inline constexpr const char* kBannerNone = "该日尚无三定规定，没有可显示的职责。";
inline constexpr const char* kBannerDataDate = "（数据日期）";

// 新旧对照
inline constexpr const char* kChangeDates = "更改对照日期";
inline constexpr const char* kOld = "原";
inline constexpr const char* kNew = "现";
inline constexpr const char* kOldClause = "原条款";
inline constexpr const char* kNewClause = "现条款";
inline constexpr const char* kChange = "变化";
inline constexpr const char* kChangesOnly = "只看变化";
inline constexpr const char* kExportComparison = "导出 CSV";
inline constexpr const char* kExportComparisonExcel = "导出 Excel";
inline constexpr const char* kApply = "对照";
inline constexpr const char* kNoChangedClauses = "两个日期之间本机构的主要职责没有变化。";
inline constexpr const char* kNoDutiesEither = "两个日期均无主要职责可对照。";
inline constexpr const char* kFrom = "自 ";   // 划入 自 区水利局
inline constexpr const char* kTo = "至 ";     // 划出 至 区农业农村局
inline constexpr const char* kGroup = "组";   // 拆分 第 1 组
inline constexpr const char* kOrdinal = "第 ";
inline constexpr const char* kNone = "—";
inline constexpr const char* kInsertedLegend = "新增文字";
inline constexpr const char* kDeletedLegend = "删除文字";
inline constexpr const char* kCsvSuffix = "新旧对照";
inline constexpr const char* kThreeDing = "三定";
// Why a pair was paired (the distinctive terms both share), a quiet line under the row.
inline constexpr const char* kSharedTerms = "共同要点：";     // 共同要点：河道采砂、许可
inline constexpr const char* kTermSeparator = "、";
// 疑似划转: no document records it (a documented one is 划入 / 划出 with 自 / 至).
inline constexpr const char* kSuspectedFrom = "疑似划转自 ";  // 疑似划转自 区水务局 第四条
inline constexpr const char* kSuspectedTo = "疑似划转至 ";
inline constexpr const char* kSimilarityOpen = "（相似度 ";   // （相似度 0.72）
inline constexpr const char* kSimilarityClose = "）";

// 全区职责调整
inline constexpr const char* kYears = "年份：";
inline constexpr const char* kKinds = "类型：";
inline constexpr const char* kBodies = "机构：";
inline constexpr const char* kNoChanges = "该年份没有符合条件的职责调整。";
inline constexpr const char* kChangesCount = "条调整";
inline constexpr const char* kSandingSets = "印发三定规定，设定主要职责";
inline constexpr const char* kOpenComparison = "对照 ›";
inline constexpr const char* kNoChangesAtAll = "尚无职责调整记录。";

}  // namespace dutyatlas::web::text
