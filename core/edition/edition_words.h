// The words of the HTML edition (文字版): headings, labels and notes its pages print around the
// data. Core cannot include web/ui_text/ (the client's words), so the edition keeps its own here;
// the builder's font is not concerned, since the edition is read in the reader's system fonts.
// Not for data: names of categories, lists, columns and kinds of change come from core's queries.
#pragma once

namespace dutyatlas::edition_words {

// The frame of every page.
inline constexpr const char* kEditionName = "文字版";
inline constexpr const char* kSiteSuffix = " · 职责通";
inline constexpr const char* kBreadcrumbLabel = "当前位置";
inline constexpr const char* kHome = "首页";
inline constexpr const char* kOpenLive = "打开交互版";
inline constexpr const char* kOpenLiveHint = "（可检索、筛选、对照）";
inline constexpr const char* kSampleData = "示例数据";
inline constexpr const char* kSampleNote = "本站数据为虚构的示例数据，不代表任何真实地区。";
inline constexpr const char* kDataDate = "数据日期";
inline constexpr const char* kFooterNote = "本文字版由发布数据生成，内容与交互版一致。";
inline constexpr const char* kSkipToContent = "跳到正文";

// 首页 and categories.
inline constexpr const char* kBodiesByCategory = "机构";
inline constexpr const char* kBodyCountUnit = " 个机构";
inline constexpr const char* kItemCountUnit = " 项";
inline constexpr const char* kDocumentCountUnit = " 份文件";
inline constexpr const char* kModules = "查询";
inline constexpr const char* kNoBodies = "本类别暂无机构。";

// A body.
inline constexpr const char* kShortName = "简称";
inline constexpr const char* kCategory = "机构类别";
inline constexpr const char* kRank = "规格";
inline constexpr const char* kUscc = "统一社会信用代码";
inline constexpr const char* kParentBody = "主管部门";
inline constexpr const char* kHostBody = "办公室设在";
inline constexpr const char* kSetup = "机构设置";
inline constexpr const char* kMainDuties = "主要职责";
inline constexpr const char* kTransformation = "职能转变";
inline constexpr const char* kDivisions = "内设机构";
inline constexpr const char* kStaffing = "人员编制";
inline constexpr const char* kLeaders = "领导职数";
inline constexpr const char* kBoundaries = "职责分工";
inline constexpr const char* kBoundaryWith = "与";
inline constexpr const char* kBoundaryOf = "的职责分工：";
inline constexpr const char* kAffiliated = "下属机构";
// A body's contact (contact_section.cpp).
inline constexpr const char* kContact = "联系方式";
inline constexpr const char* kAddress = "办公地址";
inline constexpr const char* kHours = "办公时间";
inline constexpr const char* kWebsite = "网站";
inline constexpr const char* kServiceHall = "办事地点";
inline constexpr const char* kSampleContactNote = "以上为示例联系方式，号码、地址和网址均为虚构，请勿拨打或访问。";
inline constexpr const char* kHistory = "历史沿革";
inline constexpr const char* kBodyLists = "相关清单";
inline constexpr const char* kNoDuties = "暂无该机构的三定职责信息。";
inline constexpr const char* kDutiesBasis = "依据";
inline constexpr const char* kLastAdjusted = "最近调整";
inline constexpr const char* kEffective = "生效";
inline constexpr const char* kDutiesInForce = "以下为数据日期施行的职责。";
inline constexpr const char* kWhatItDid = "职责调整";
inline constexpr const char* kSandingSet = "三定规定，设定主要职责 ";
inline constexpr const char* kAdded = "新增";
inline constexpr const char* kRemoved = "删除";
inline constexpr const char* kReworded = "修改";
inline constexpr const char* kTransferredIn = "划入";
inline constexpr const char* kTransferredOut = "划出";
inline constexpr const char* kTransferredFrom = "自";

// Documents.
inline constexpr const char* kDocuments = "职责文件档案库";
inline constexpr const char* kDocNo = "文号";
inline constexpr const char* kDocTitle = "标题";
inline constexpr const char* kIssuer = "发文机关";
inline constexpr const char* kKind = "类别";
inline constexpr const char* kIssued = "印发日期";
inline constexpr const char* kEffectiveDate = "生效日期";
inline constexpr const char* kFullText = "全文";
inline constexpr const char* kEffectsOnBodies = "涉及机构的职责调整";
inline constexpr const char* kTransferredTo = "划转至";
inline constexpr const char* kWordingBefore = "原表述";

// Lists.
inline constexpr const char* kLists = "清单查询";
inline constexpr const char* kListName = "清单";
inline constexpr const char* kRowCount = "条目数";
inline constexpr const char* kPager = "分页";
inline constexpr const char* kPagerBottom = "页尾分页";
inline constexpr const char* kPageOf = "第 %d 页，共 %d 页";
inline constexpr const char* kPreviousPage = "上一页";
inline constexpr const char* kNextPage = "下一页";
inline constexpr const char* kBasis = "依据";
inline constexpr const char* kBodiesNamed = "相关机构";
inline constexpr const char* kResponsibilities = "责任清单";
inline constexpr const char* kStage = "环节";
inline constexpr const char* kDuty = "责任事项";
inline constexpr const char* kAccountability = "追责情形";
inline constexpr const char* kResponsibleBody = "责任主体";
inline constexpr const char* kStages = "各环节分工";
inline constexpr const char* kOpenItem = "详情";

// Roles of a body in a list item (ListItemBody::role).
inline constexpr const char* kRoleImplementing = "实施主体";
inline constexpr const char* kRoleResponsible = "责任单位";
inline constexpr const char* kRoleLead = "牵头单位";
inline constexpr const char* kRoleCooperate = "配合单位";

// 全区职责调整.
inline constexpr const char* kChanges = "全区职责调整";
inline constexpr const char* kChangesOfYear = " 年职责调整";
inline constexpr const char* kBody = "机构";
inline constexpr const char* kContent = "内容";
inline constexpr const char* kNoChanges = "该年度没有职责调整。";

// Punctuation the pages join words with.
inline constexpr const char* kColon = "：";
inline constexpr const char* kListSeparator = "、";
inline constexpr const char* kOpenParen = "（";
inline constexpr const char* kCloseParen = "）";
inline constexpr const char* kEllipsis = "…";

}  // namespace dutyatlas::edition_words
