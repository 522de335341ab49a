// The interface words of 职责体检 (see common.h). The kinds' names (职责可能交叉, 权力事项同名 …)
// and each finding's sentence are core's (core/audit/audit_report.h, the finders); the builder
// puts their characters in the font from the report of the data it builds.
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kAudit = "职责体检";
// The home page's entry (under the module cards: a tool for staff, quieter than the modules).
inline constexpr const char* kAuditHomeLink = "职责体检 ›";
inline constexpr const char* kAuditModuleHint = "职责可能交叉、待明确和长期未更新的事项，供核实";
inline constexpr const char* kAuditIntro =
    "根据本站公开的数据自动比对，列出可能需要核实的事项。这里只呈现数据，不作结论。";
inline constexpr const char* kAuditBodyOnly = "仅显示与以下机构有关的事项：";  // then the name
inline constexpr const char* kAuditAllBodies = "查看全区";
inline constexpr const char* kAuditBodyUnknown = "没有这个机构，以下为全区的事项。";
inline constexpr const char* kAuditExport = "导出 CSV";
inline constexpr const char* kAuditFileName = "职责体检";  // 职责体检_2026-11-01.csv
inline constexpr const char* kAuditNothing = "未发现需要核实的事项。";
// The three groups of kinds, in the report's order (core/audit/audit_report.h).
inline constexpr const char* kAuditGroupOverlap = "可能交叉";
inline constexpr const char* kAuditGroupGap = "待明确";
inline constexpr const char* kAuditGroupStale = "长期未更新";
inline constexpr const char* kAuditItems = " 项";              // 15 项
inline constexpr const char* kAuditSettledOpen = "（其中已明确 ";  // （其中已明确 2 项）
inline constexpr const char* kAuditSettledClose = " 项）";
inline constexpr const char* kAuditSimilarity = "相似度 ";
inline constexpr const char* kAuditScore = "程度 ";
inline constexpr const char* kAuditSettledBy = "已明确：";
inline constexpr const char* kAuditOpen = "展开依据";   // a row's hint: its evidence opens below
inline constexpr const char* kAuditClose = "收起";
// The highlight's meaning, under an opened overlap: the swatch word on the highlighter, then the note.
inline constexpr const char* kAuditHighlightLegend = "底色";
inline constexpr const char* kAuditHighlightNote = "标出两处条文共同的要点";
inline constexpr const char* kAuditSourceFile = "来源文件 ";
inline constexpr const char* kAuditMoreOpen = "另有 ";  // 另有 120 项未在此列出，导出 CSV 可得全部。
inline constexpr const char* kAuditMoreClose = " 项未在此列出，导出 CSV 可得全部。";

}  // namespace dutyatlas::web::text
