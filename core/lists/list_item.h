// One item of a list in full (#/item/<kind>?key=…, {"query": "list_item"}): every field of its
// row, the legal basis, the bodies it names with their roles, a power's 责任清单 entries, every
// stage of a division matter. Not the list as a table (list_query.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/lists/list_types.h"

namespace dutyatlas {

struct ListItemField {
  std::string id, label, value;
};

struct ListItemBody {
  std::string id, name;
  std::string role;  // powers: "implementing" (实施主体) / "responsible" (责任主体);
                     // responsibilities: "responsible"; tasks: "responsible" (责任单位);
                     // division: "lead" (牵头) / "cooperate" (配合)
};

// A 责任清单 entry linked to a power.
struct LinkedResponsibility {
  std::string key;  // "事项编码#seq", a row key of the responsibilities list
  int seq = 0;
  std::string stage, duty, accountability, body_id, body_name;
};

struct ListItem {
  std::string kind, key;
  std::string title;                  // powers: name (and sub-name); responsibilities: power ·
                                      // stage; tasks: list name 第N项; division: matter · stage
  std::vector<ListItemField> fields;  // every column of the kind, in full, extras included
  std::string basis;                  // 实施依据 / 依据 (responsibilities: the power's)
  ListItemBody body;                  // the body it belongs to: 实施主体, 责任主体, the first
                                      // 责任单位, the first 牵头单位 (empty id if none)
  std::vector<ListItemBody> bodies;   // every body it names, with roles
  std::vector<LinkedResponsibility> responsibilities;  // powers and responsibilities: the
                                                       // power's 责任清单, in order
  std::vector<ListRow> stages;  // division: every stage of the matter (default columns)
  std::vector<ListColumn> stage_columns;
};

// The item `key` of `kind` (a row key from ListResult; for division the bare 编号 opens the
// matter's first stage). False with *error if the kind or the item does not exist.
bool list_item(const DutyDatabase& db, std::string_view kind, std::string_view key,
               ListItem* item, std::string* error);

}  // namespace dutyatlas
