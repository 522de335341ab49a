// Fixed vocabularies of the model: body categories, power types, change actions.
#include "core/bundle/model.h"

#include "core/base/enum_text.h"

namespace dutyatlas {

const std::vector<BodyCategory>& body_categories() {
  static const std::vector<BodyCategory> kCategories = {
      {"party", "党委工作机关"},     {"government", "政府工作部门"},
      {"npc", "人大工作机构"},       {"cppcc", "政协工作机构"},
      {"court", "法院"},             {"procuratorate", "检察院"},
      {"federation", "工商联"},       {"street", "街道/镇"},
      {"institution", "事业单位"},   {"devzone", "产业发展机构"},
      {"coordination", "议事协调机构"},
  };
  return kCategories;
}

const BodyCategory* find_body_category(std::string_view code) {
  for (const auto& category : body_categories()) {
    if (category.code == code) return &category;
  }
  return nullptr;
}

const std::vector<std::string_view>& power_item_types() {
  static const std::vector<std::string_view> kTypes = {
      "行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查",
      "行政确认", "行政奖励", "行政裁决", "其他行政权力", "公共服务事项",
  };
  return kTypes;
}

namespace {
constexpr EnumText<ChangeAction> kActionCodes[] = {
    {ChangeAction::kAdd, "add"},
    {ChangeAction::kRemove, "remove"},
    {ChangeAction::kReword, "reword"},
    {ChangeAction::kTransfer, "transfer"},
};
}  // namespace

std::string_view change_action_code(ChangeAction action) {
  return enum_text(kActionCodes, action).code;
}

bool parse_change_action(std::string_view code, ChangeAction* out) {
  return parse_enum_text(kActionCodes, code, out);
}

}  // namespace dutyatlas
