// The interface words of 职责文件档案库 (see common.h).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kDocumentsTitle = "职责文件档案库";
inline constexpr const char* kAllDocumentsOfBody = "在职责文件档案库中查看 ›";
inline constexpr const char* kDocumentsIntro = "三定规定和职责调整文件的原文，可按机构、年份和类型查找。";
inline constexpr const char* kDocumentsFilterHint = "输入文号、标题、正文中的文字或机构名称";
inline constexpr const char* kDocumentsKindLabel = "类型";
inline constexpr const char* kDocumentsYearLabel = "年份";
inline constexpr const char* kDocumentsBodyLabel = "机构";
inline constexpr const char* kAllDocumentKinds = "全部类型";
inline constexpr const char* kAllYears = "全部年份";
inline constexpr const char* kYearUnit = "年";
inline constexpr const char* kDocumentsUnit = "件文件";
inline constexpr const char* kBodiesNamed = "名称相符的机构：";
inline constexpr const char* kNoDocuments = "没有符合条件的文件。";
// Document kinds (core/documents/document_queries.h)
inline constexpr const char* kKindSanding = "三定规定";
inline constexpr const char* kKindAdjustment = "职责调整";
inline constexpr const char* kKindList = "清单文件";
inline constexpr const char* kKindOther = "其他文件";
// One document
inline constexpr const char* kFullText = "全文";
inline constexpr const char* kNoFullText = "本文件暂未收录全文。";
inline constexpr const char* kDutiesConcerned = "本文件涉及的职责";
inline constexpr const char* kNoDutiesConcerned = "本文件未设定或调整机构职责。";
inline constexpr const char* kSetUpBy = "本文件为该机构的三定规定，设定主要职责";
inline constexpr const char* kFullStop = "。";
inline constexpr const char* kChangeAdded = "【新增】";
inline constexpr const char* kChangeRemoved = "【删除】";
inline constexpr const char* kChangeReworded = "【修改】";
inline constexpr const char* kChangeTransferredOut = "【划出】";
inline constexpr const char* kChangeTransferredIn = "【划入】";
inline constexpr const char* kOldWording = "原表述：";
inline constexpr const char* kTransferredTo = "划转至";
inline constexpr const char* kTransferredFrom = "由";
inline constexpr const char* kTransferredIn = "划入";
inline constexpr const char* kDocumentNotFound = "未找到该文件，文号可能有误或链接已失效。";

}  // namespace dutyatlas::web::text
