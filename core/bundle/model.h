// The duty database's data model: what a district publishes about its bodies, their duties
// through time, and its lists.
//
// Plain structs shared by the builder (which fills them from publishers' files) and the readers
// (which fill them from a bundle). No I/O here; duty_history.h replays documents into clause
// versions, bundle_*.h and duty_queries.h read and write them.
#pragma once

#include <map>
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
  std::string id;                 // stable slug, e.g. "sthjj"
  std::string name;               // 全称, e.g. 示例区生态环境局
  std::string short_name;         // 简称
  std::string category;           // BodyCategory::code
  std::string rank;               // 规格, e.g. 正科级
  std::string parent_id;          // body it belongs to (a 局's 事业单位), empty if none
  std::string uscc;               // 统一社会信用代码, 18 characters
  std::string division_code;      // GB/T 2260 行政区划代码, 6 digits
  std::string host_id;            // coordination bodies: department hosting its office
  std::string institution_class;  // 事业单位: civil-service / public-1 / public-2
};

// 联系方式: how the public reaches a body — telephone numbers, address, office hours, website and
// where to go in person. Every part is optional; a body without any has no Contact at all.
// The builder checks the forms (core/duties/contact_formats.h); readers trust them.
struct ContactPhone {
  std::string label;   // what the number is for: 办公室, 投诉举报, 政务服务窗口 …
  std::string number;  // as published: 0300-5550101, 12345, 400-800-1234 …
};
struct Contact {
  std::string body_id;
  std::vector<ContactPhone> phones;  // in the publisher's order
  std::string address;       // 办公地址
  std::string hours;         // 办公时间
  std::string website;       // an http(s) address
  std::string service_hall;  // 办事大厅 / 窗口 / 地图说明: where to go in person
};

// What a document does to one duty clause (see docs/source-format.md, "documents").
enum class ChangeAction { kAdd, kRemove, kReword, kTransfer };
std::string_view change_action_code(ChangeAction action);  // "add", "remove", …
bool parse_change_action(std::string_view code, ChangeAction* out);

struct DutyChange {
  ChangeAction action = ChangeAction::kAdd;
  std::string body_id;
  std::string clause_key;  // the clause changed, or the new key of an added one
  std::string text;        // add, reword; optional new wording for a transfer
  std::string to_body_id;  // transfer: the receiving body (划入)
  std::string as_key;      // transfer: the clause's key in the receiving body
};

// 文件: a 三定, an adjustment or another document behind the duties.
struct Document {
  std::string doc_no;     // 文号, e.g. 示编〔2021〕12号
  std::string title;
  std::string issuer;     // 发文机关
  std::string kind;       // sanding / adjustment / list / other
  std::string issued;     // 印发日期 YYYY-MM-DD
  std::string effective;  // 生效日期 YYYY-MM-DD
  std::string text;       // full text, paragraphs separated by \n
  std::vector<DutyChange> changes;
};

// 内设机构 with its duties.
struct InternalDivision {
  std::string name;
  std::vector<std::string> duties;
};

// 领导职数: e.g. 局长 1 名.
struct LeaderPost {
  std::string title;
  int count = 0;
};

// 人员编制. -1 where the 三定 does not state a figure.
struct Staffing {
  int administrative = -1;  // 行政编制
  int career = -1;          // 事业编制
  int service = -1;         // 工勤编制
  std::vector<LeaderPost> leaders;
};

// 职责分工: how a duty is split with other bodies.
struct DutyBoundary {
  std::vector<std::string> with_body_ids;
  std::string text;
};

// A body's 三定规定: its founding duties as of the document's effective date.
struct Sanding {
  std::string body_id;
  std::string doc_no;                       // the sanding document in Dataset::documents
  std::string setup;                        // 机构设置
  std::vector<std::string> duties;          // 主要职责, clause keys "1", "2", … by position
  std::vector<std::string> transformation;  // 职能转变
  std::vector<InternalDivision> divisions;  // 内设机构
  Staffing staffing;                        // 人员编制
  std::vector<DutyBoundary> boundaries;     // 职责分工
};

// 权力清单 item (and 公共服务事项).
struct PowerItem {
  std::string code;                 // 事项编码
  std::string name;                 // 事项名称
  std::string sub_name;             // 子项名称
  std::string type;                 // 事项类型: one of power_item_types()
  std::string body_id;              // 实施主体
  std::string basis;                // 实施依据
  std::string responsible_body_id;  // 责任主体
  std::string service_unit;         // 服务单位/承办机构 (free text)
  std::string time_limit;           // 办理时限
  std::string fee_basis;            // 收费依据
  std::map<std::string, std::string> extra;  // columns the format does not name
};
// The ten standard types of administrative power, then 公共服务事项, in display order.
const std::vector<std::string_view>& power_item_types();

// 责任清单: one stage of the duties attached to a power.
struct ResponsibilityItem {
  std::string power_code;      // 事项编码 of the power
  std::string stage;           // 环节: 受理, 审查, 决定 …
  std::string duty;            // 责任事项
  std::string accountability;  // 追责情形
  std::string body_id;         // 责任主体
};

// 职责任务清单: one task of a themed list (安全生产, 自然灾害防治, 学校安全 …).
struct TaskItem {
  int number = 0;                     // 序号
  std::vector<std::string> body_ids;  // 责任单位
  std::string task;                   // 职责任务
  std::string basis;                  // 依据
};
struct TaskList {
  std::string id;
  std::string name;
  std::string published;  // YYYY-MM-DD the list was last published (一年一公开); '' if not given
  std::vector<TaskItem> items;
};

// 职责分工清单: a contested matter, split by stage into a lead body and cooperating bodies.
struct DivisionStage {
  std::string stage;                              // 环节: 审批, 监管, 执法 …
  std::vector<std::string> lead_body_ids;         // 牵头单位
  std::vector<std::string> cooperating_body_ids;  // 配合单位
  std::string basis;                              // 依据
};
struct DivisionMatter {
  std::string code;   // 编号
  std::string group;  // 分组: 生态环保, 市场监管, 民生, 其他
  std::string name;   // 事项
  std::vector<DivisionStage> stages;
};

// An everyday word attached to what it is about.
enum class KeywordTarget { kDuty, kMatter, kPower };
struct Keyword {
  std::string word;
  KeywordTarget target_kind = KeywordTarget::kDuty;
  std::string target;  // "body#clause-key", a matter's 编号, or a power's 事项编码
};

// Words that mean the same thing to a searcher.
struct SynonymGroup {
  std::string word;
  std::vector<std::string> alternatives;
};

// What one publication holds: the unit the builder writes and a bundle carries.
struct Dataset {
  std::string name;           // 示例区
  std::string title;          // shown as the site's heading
  std::string data_date;      // YYYY-MM-DD: the date the data describes
  std::string division_code;  // the district's own code
  bool sample = false;        // 示例数据: fictional data, labelled as such in the interface
  // When each list was last published (一年一公开), from dataset.json `lists_published`:
  // "powers", "responsibilities", "division" → YYYY-MM-DD; a task list carries its own date.
  std::map<std::string, std::string> lists_published;
  std::vector<Body> bodies;
  std::vector<Contact> contacts;  // in the order of bodies; only bodies that publish one
  std::vector<Document> documents;
  std::vector<Sanding> sandings;
  std::vector<PowerItem> powers;
  std::vector<ResponsibilityItem> responsibilities;
  std::vector<TaskList> task_lists;
  std::vector<DivisionMatter> division_matters;
  std::vector<Keyword> keywords;
  std::vector<SynonymGroup> synonyms;
};

}  // namespace dutyatlas
