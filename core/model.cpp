// The fixed list of body categories (domain.md, "Bodies").
#include "model.h"

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

}  // namespace dutyatlas
