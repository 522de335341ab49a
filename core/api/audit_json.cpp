// JSON front of the 职责体检 (see audit_json.h).
#include "core/api/audit_json.h"

#include "core/api/query_reply.h"
#include "core/audit/audit_print.h"
#include "core/audit/audit_report.h"
#include "core/audit/audit_scope.h"
#include "core/duties/duty_queries.h"

namespace dutyatlas {

using query_reply::fail;
using query_reply::string_param;
using query_reply::succeed;

nlohmann::json answer_audit_query(const DutyDatabase& db, const nlohmann::json& request) {
  std::string format = string_param(request, "format");
  if (!format.empty() && format != "json" && format != "csv") {
    return fail("\"format\" 只能是 json 或 csv。");
  }
  std::string body = string_param(request, "body");
  if (!body.empty() && !find_body(db, body)) return fail("没有编号为 " + body + " 的机构。");
  AuditReport report = audit_publication(db);
  if (!body.empty()) report = findings_concerning(report, body);
  if (format == "csv") return succeed(audit_to_csv(report));
  return succeed(audit_to_json(report));
}

}  // namespace dutyatlas
