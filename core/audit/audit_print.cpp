// The report's three forms (see audit_print.h).
#include "core/audit/audit_print.h"

#include <cstdio>

#include "core/base/csv_writer.h"

namespace dutyatlas {
namespace {

std::string score_text(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "、") + item;
  return out;
}

std::string where(const FindingRef& ref) {
  std::string out = ref.body_id.empty() ? "" : ref.body_name + "（" + ref.body_id + "）";
  if (!ref.item.empty()) out += (out.empty() ? "" : " ") + ref.item;
  return out + " · " + ref.file;
}

}  // namespace

nlohmann::json audit_to_json(const AuditReport& report) {
  nlohmann::json out = {{"data_date", report.data_date}};
  nlohmann::json counts = nlohmann::json::object();
  for (const auto& kind : kFindingKinds) {
    counts[std::string(kind.code)] = {{"findings", report.count(kind.value)},
                                      {"settled", report.settled(kind.value)}};
  }
  out["counts"] = std::move(counts);
  // Built in place and moved, never copied: at synth --scale 20 there are 120,000 findings, and
  // copying the array (and each finding's refs into it) tripled the time and the memory.
  nlohmann::json& findings = out["findings"] = nlohmann::json::array();
  findings.get_ref<nlohmann::json::array_t&>().reserve(report.findings.size());
  for (const AuditFinding& f : report.findings) {
    const auto& kind = enum_text(kFindingKinds, f.kind);
    nlohmann::json refs = nlohmann::json::array();
    for (const FindingRef& r : f.refs) {
      refs.push_back({{"body_id", r.body_id}, {"body_name", r.body_name}, {"item", r.item},
                      {"text", r.text}, {"file", r.file}});
    }
    nlohmann::json& finding = findings.emplace_back(nlohmann::json::object());
    finding["kind"] = kind.code;
    finding["label"] = kind.label;
    finding["score"] = std::stod(score_text(f.score));
    finding["summary"] = f.summary;
    finding["settled_by"] = f.settled_by;
    finding["shared_terms"] = f.shared_terms;
    finding["refs"] = std::move(refs);
  }
  return out;
}

std::string audit_to_text(const AuditReport& report, std::size_t per_kind) {
  std::string out = "职责体检（数据日期 " + report.data_date + "）\n";
  for (const auto& kind : kFindingKinds) {
    int count = report.count(kind.value);
    if (count == 0) continue;
    int settled = report.settled(kind.value);
    out += "\n【" + std::string(kind.label) + "】" + std::to_string(count) + " 项" +
           (settled ? "（其中已由职责分工明确 " + std::to_string(settled) + " 项）" : "") + "\n";
    std::size_t shown = 0;
    for (const AuditFinding& f : report.findings) {
      if (f.kind != kind.value) continue;
      if (per_kind && shown == per_kind) {
        out += "  …另有 " + std::to_string(std::size_t(count) - shown) + " 项（--json 或 --csv 列出全部）\n";
        break;
      }
      ++shown;
      out += std::to_string(shown) + ". " + f.summary;
      if (kind.value == FindingKind::kOverlap) out += "  相似度 " + score_text(f.score);
      out += "\n";
      if (!f.settled_by.empty()) out += "   已明确：" + f.settled_by + "\n";
      for (const FindingRef& r : f.refs) {
        out += "   · " + where(r) + (r.text.empty() ? "" : "\n     " + r.text) + "\n";
      }
    }
  }
  if (report.findings.empty()) out += "\n未发现需要关注的事项。\n";
  return out;
}

std::string audit_to_csv(const AuditReport& report) {
  std::string out(kCsvByteOrderMark);
  append_csv_record(&out, {"序号", "类型", "类型代码", "分值", "说明", "已明确依据", "共同要点",
                           "机构代码", "机构", "条目", "内容", "文件"});
  int number = 0;
  for (const AuditFinding& f : report.findings) {
    ++number;
    const auto& kind = enum_text(kFindingKinds, f.kind);
    for (const FindingRef& r : f.refs) {
      append_csv_record(&out, {std::to_string(number), std::string(kind.label), std::string(kind.code),
                               score_text(f.score), f.summary, f.settled_by, joined(f.shared_terms),
                               r.body_id, r.body_name, r.item, r.text, r.file});
    }
  }
  return out;
}

}  // namespace dutyatlas
