// Every word the interface shows lives in web/ui_text/: the words all views share here, each
// module's own in a file of its own (documents.h, history.h, lists.h).
//
// The builder reads every file of this folder (--ui-text web/ui_text) to put these characters
// into the font subset, so a string written anywhere else in web/ may render as "?" boxes.
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kSiteName = "职责通";
inline constexpr const char* kSampleBadge = "示例数据";
inline constexpr const char* kDataDate = "数据日期";
inline constexpr const char* kLargeText = "大字号";
inline constexpr const char* kNormalText = "标准字号";
inline constexpr const char* kLargeTextShort = "大字";   // the same on a phone's narrow header
inline constexpr const char* kNormalTextShort = "常规";
inline constexpr const char* kHome = "首页";
inline constexpr const char* kBodiesByCategory = "机构职责";
inline constexpr const char* kBodiesUnit = "个机构";
inline constexpr const char* kChooseBody = "请在左侧选择一个机构，查看其机构设置与主要职责。";
inline constexpr const char* kDistrictAtGlance = "全区机构概览";
inline constexpr const char* kSetup = "机构设置";
inline constexpr const char* kMainDuties = "主要职责";
inline constexpr const char* kTransformation = "职能转变";
inline constexpr const char* kDivisions = "内设机构";
inline constexpr const char* kStaffing = "人员编制";
inline constexpr const char* kAdministrativeStaff = "行政编制";
inline constexpr const char* kCareerStaff = "事业编制";
inline constexpr const char* kServiceStaff = "工勤编制";
inline constexpr const char* kLeaders = "领导职数";
inline constexpr const char* kPeopleUnit = "名";
inline constexpr const char* kBoundaries = "职责分工";
inline constexpr const char* kAffiliated = "下属单位";
inline constexpr const char* kDocuments = "相关文件";
inline constexpr const char* kLastAdjusted = "最近调整";
inline constexpr const char* kListSeparator = "、";
inline constexpr const char* kFilterBodies = "筛选机构名称";
// The sidebar filter that hides every body: 没有匹配“环竟”的机构 and a way out in one tap.
inline constexpr const char* kNoMatchBefore = "没有匹配“";
inline constexpr const char* kNoMatchAfter = "”的机构";
inline constexpr const char* kClearFilterText = "清除筛选";
inline constexpr const char* kClearMarkAlone = "×";  // in a text box: empties it
// Search
inline constexpr const char* kSearch = "搜索";
inline constexpr const char* kSearchResults = "搜索结果";
inline constexpr const char* kSearchHint = "搜索事项、职责或机构，如：噪声、油烟、低保";
inline constexpr const char* kAllCategories = "全部类别";
inline constexpr const char* kOpenQuote = "“";
inline constexpr const char* kCloseQuote = "”";
inline constexpr const char* kNoResultsFiltered = "所选范围内没有结果，请放宽筛选条件。";
inline constexpr const char* kNarrowDown = "只显示最相关的结果；选择上方的类型或类别可查看其余结果。";
inline constexpr const char* kResultsUnit = "条结果";
inline constexpr const char* kNoResults = "没有找到相关内容，换个说法试试。";
// A view whose data cannot be read (a database error): shown instead of the view, never blank.
inline constexpr const char* kViewFailedTitle = "本页无法显示";
inline constexpr const char* kViewFailed = "读取数据时出错：";
inline constexpr const char* kViewFailedHint = "其他页面可能仍可使用。如问题持续，请告知数据发布单位，并附上以上信息。";
// The same before the client is ready: the page's status card shows it.
inline constexpr const char* kDataUnreadable = "数据无法读取：";
inline constexpr const char* kKindBody = "机构";
inline constexpr const char* kKindDuty = "主要职责";
inline constexpr const char* kKindDivision = "内设机构";
inline constexpr const char* kKindMatter = "职责分工";
inline constexpr const char* kKindPower = "权力清单";
inline constexpr const char* kKindTask = "任务清单";
inline constexpr const char* kKindDocument = "文件";
// 谁来管
inline constexpr const char* kWho = "谁来管";
inline constexpr const char* kWhoIntro = "输入或粘贴群众诉求，系统根据三定职责、权力清单和职责分工清单推荐承办单位，并列出依据。";
inline constexpr const char* kWhoHint = "例如：小区门口的烧烤店每天晚上油烟很大，还很吵，影响休息……";
inline constexpr const char* kAnalyse = "分析承办单位";
inline constexpr const char* kNoSuggestion = "未能匹配到承办单位，请补充诉求的具体事项。";
inline constexpr const char* kLeadRole = "牵头";
inline constexpr const char* kCooperateRole = "配合";
inline constexpr const char* kDispatch = "派单";
inline constexpr const char* kJointDispatch = "联合派单";
inline constexpr const char* kSetLead = "设为牵头";
inline constexpr const char* kAddCooperating = "作为配合";
inline constexpr const char* kDispatched = "已派单：";
inline constexpr const char* kSuggestion = "推荐";
inline constexpr const char* kModules = "常用功能";
inline constexpr const char* kBrowseHint = "按类别查看全区机构的职责";
inline constexpr const char* kWhoModuleHint = "诉求该由哪个部门办理";
inline constexpr const char* kListsModuleHint = "权力清单、责任清单和任务清单";
inline constexpr const char* kDivisionModuleHint = "多部门职责边界，谁牵头谁配合";
inline constexpr const char* kHistoryModuleHint = "职责调整的来龙去脉与新旧对照";
inline constexpr const char* kDocumentsModuleHint = "三定规定和职责调整文件";
inline constexpr const char* kCopy = "复制";
inline constexpr const char* kCopied = "已复制";
inline constexpr const char* kPrint = "打印";
inline constexpr const char* kClearFilters = "清除全部筛选";
inline constexpr const char* kDutiesOf = "主要职责第";
inline constexpr const char* kItemUnit = "项";  // after a count or an ordinal: 共 3 项, 第三项
inline constexpr const char* kNoDuties = "本机构暂未发布三定规定。";
inline constexpr const char* kBasis = "依据";
inline constexpr const char* kEffective = "施行";  // after a date: 2021-07-01 施行
inline constexpr const char* kIssued = "印发";     // after a date: 2021-06-10 印发
inline constexpr const char* kTotalPrefix = "共";  // before a count: 共 75 件文件
inline constexpr const char* kAll = "全部";        // the chip that turns a filter off
inline constexpr const char* kClearMark = " ×";    // after a chip that removes its filter
inline constexpr const char* kRank = "规格";
inline constexpr const char* kUscc = "统一社会信用代码";
inline constexpr const char* kParentBody = "主管部门";
inline constexpr const char* kHostBody = "办公室设在";
inline constexpr const char* kBodyNotFound = "未找到该机构，链接可能已失效。";
inline constexpr const char* kBack = "返回";
inline constexpr const char* kBackMark = "‹ ";    // before a link that goes up a level
inline constexpr const char* kDot = " · ";         // between facts on one line
inline constexpr const char* kColon = "：";
inline constexpr const char* kOpenParen = "（";
inline constexpr const char* kCloseParen = "）";
inline constexpr const char* kComma = "，";
inline constexpr const char* kSemicolon = "；";
inline constexpr const char* kCitationDash = "——";  // before the source of a copied clause
// Characters of runtime-made text: clause labels （一）…（九十九） (core/base/chinese_numerals.h).
inline constexpr const char* kNumeralCharacters = "零一二三四五六七八九十百（）";
inline constexpr const char* kLoading = "正在加载数据";
inline constexpr const char* kLoadFailed = "数据加载失败";

}  // namespace dutyatlas::web::text
