// The words of the 谁来管 answer: its three groups, the operator's choices and what became of
// them on re-analysis, and the confirmation of a 派单. (The module's older words — 谁来管, 派单,
// 牵头, 配合 … — are in common.h, which the header and home page share.)
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kGroupLeadHeading = "牵头单位";
inline constexpr const char* kGroupCooperateHeading = "配合单位";
inline constexpr const char* kGroupRelatedHeading = "其他相关单位";
inline constexpr const char* kGroupRelatedNote = "与诉求有部分相同用词，相关程度较低，仅供参考。";
inline constexpr const char* kWhoSummaryHeading = "派单方案";
// The engine is not sure (core/search/who_confidence.h): no body's duties clearly cover the
// complaint. The answer is shown as the closest bodies, and the general route suggested.
inline constexpr const char* kNotSureHeading = "未找到职责明确涵盖此诉求的单位";
inline constexpr const char* kNotSureNote =
    "以下单位的职责与诉求只有个别用词相同，仅为最接近的单位，未必负责此事，派单前请核实。"
    "如诉求不属于政府部门职责（如家庭矛盾、个人咨询、企业内部事务），可按 12345 热线一般程序直接答复来电人，"
    "或转交热线综合受理。";
inline constexpr const char* kNotSureMatched = "相同用词：";
inline constexpr const char* kGroupClosestHeading = "最接近的单位（未必负责）";
// 添加单位: a body the answer does not hold, found by part of its name.
inline constexpr const char* kAddBodyHint = "按名称添加单位，如：市场监管";
inline constexpr const char* kAddBodyMark = "＋ ";
inline constexpr const char* kNoBodyNamed = "没有名称中含有这些字的单位。";
inline constexpr const char* kAddedByOperator = "按名称添加：诉求中未找到其职责依据，派单时不附依据。";
inline constexpr const char* kRemoveCooperating = "取消配合";
inline constexpr const char* kMatterLists = "职责分工清单列为";
inline constexpr const char* kChoicesKept = "诉求内容相近，已保留此前设定的牵头、配合单位。";
inline constexpr const char* kChoicesCleared = "诉求内容变化较大，此前设定的牵头、配合单位已清除，以下为重新分析的结果。";
inline constexpr const char* kChoicesDropped = "以下单位已不在推荐之列，相应设定已移除：";
inline constexpr const char* kDispatchedHeading = "已派单";
inline constexpr const char* kPrintDispatchSlip = "打印派单单";
inline constexpr const char* kOpenInWorkSystem = "在工单系统中打开";
inline constexpr const char* kDispatchedLead = "牵头单位";
inline constexpr const char* kDispatchedCooperating = "配合单位";
inline constexpr const char* kDispatchedComplaint = "诉求";
inline constexpr const char* kDispatchedEvidence = "随单依据";
inline constexpr const char* kEvidenceCountUnit = "条";

}  // namespace dutyatlas::web::text
