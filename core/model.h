// The duty database's data model: what a district publishes about its bodies and their duties.
//
// Plain structs shared by the builder (which fills them from publishers' files) and the readers
// (which fill them from a bundle). No I/O here; see bundle_*.h and duty_queries.h for that.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas {

// 机构类别: the fixed categories a Chinese district sorts its bodies into, in display order.
struct BodyCategory {
  std::string_view code;  // stable id used in source files and routes, e.g. "government"
  std::string_view name;  // 党委工作机关, 政府工作部门, …
};
const std::vector<BodyCategory>& body_categories();
const BodyCategory* find_body_category(std::string_view code);

// 机构: an administrative body, public institution, development-zone body or coordination body.
struct Body {
  std::string id;             // stable slug, e.g. "sthjj"
  std::string name;           // 全称, e.g. 示例区生态环境局
  std::string short_name;     // 简称
  std::string category;       // BodyCategory::code
  std::string rank;           // 规格, e.g. 正科级
  std::string parent_id;      // body it belongs to (a 局's 事业单位), empty if none
  std::string uscc;           // 统一社会信用代码, 18 characters
  std::string division_code;  // GB/T 2260 行政区划代码, 6 digits
  std::string host_id;        // coordination bodies: department hosting its office
};

// The document a body's duties come from (三定规定 or an adjustment).
struct DocumentRef {
  std::string doc_no;     // 文号, e.g. 示编〔2019〕15号
  std::string title;
  std::string effective;  // 生效日期, YYYY-MM-DD
};

// 主要职责 (一)(二)…: one numbered clause of a body's duties.
struct DutyClause {
  int number = 0;  // 1-based position: (一) is 1
  std::string text;
};

// A body's 三定 as far as format v1 carries it: 机构设置 and 主要职责.
struct BodyDuties {
  std::string body_id;
  DocumentRef source;
  std::string setup;  // 机构设置
  std::vector<DutyClause> clauses;
};

// What one publication holds: the unit the builder writes and a bundle carries.
struct Dataset {
  std::string name;           // 示例区
  std::string title;          // shown as the site's heading
  std::string data_date;      // YYYY-MM-DD: the date the data describes
  std::string division_code;  // the district's own code
  bool sample = false;        // 示例数据: fictional data, labelled as such in the interface
  std::vector<Body> bodies;
  std::vector<BodyDuties> duties;
};

}  // namespace dutyatlas
