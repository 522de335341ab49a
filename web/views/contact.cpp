// A body's contact (联系方式) as the views show it, from AppState::contacts (read once when the
// bundle opens): the block on a body page and above a 谁来管 answer — each phone's label and its
// number as a tel: link, address, office hours, where to go, the website as a link, 复制联系方式
// — and one line under a 谁来管 suggestion or a body in search results. Every number and the
// website are real links in the accessibility layer (<a href="tel:…">). Not for other views'
// layout: each view decides where the contact goes and calls one function.
#include <imgui.h>

#include <algorithm>

#include "core/duties/contact_formats.h"
#include "web/automation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/contacts.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

const Contact* contact_of(const AppState& state, const std::string& body_id) {
  auto it = state.contacts.find(body_id);
  return it == state.contacts.end() ? nullptr : &it->second;
}

// The contact as plain text, one fact a line: what 复制联系方式 puts on the clipboard.
std::string contact_text(const std::string& body_name, const Contact& c) {
  std::string out = body_name + text::kContactOf + "\n";
  for (const auto& p : c.phones) out += p.label + text::kColon + p.number + "\n";
  const std::pair<const char*, const std::string*> facts[] = {
      {text::kContactAddress, &c.address},
      {text::kContactHours, &c.hours},
      {text::kContactServiceHall, &c.service_hall},
      {text::kContactWebsite, &c.website}};
  for (const auto& [label, value] : facts) {
    if (!value->empty()) out += std::string(label) + text::kColon + *value + "\n";
  }
  return out;
}

void muted_label(const std::string& label) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopStyleColor();
  automation::record_item({}, label, automation::Role::kText);
}

// One row of the block: the label in a muted column, the value beside it, wrapping under
// itself. `draw_value` draws the value at the cursor.
// The label is recorded as text, so a screen reader reads "办公室" before the number.
template <typename DrawValue>
void row(const std::string& label, float label_width, DrawValue&& draw_value) {
  float top = ImGui::GetCursorPosY();
  muted_label(label);
  float label_bottom = ImGui::GetCursorPosY();
  ImGui::SetCursorPosY(top);
  ImGui::Indent(label_width);
  draw_value();
  ImGui::Unindent(label_width);
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), label_bottom));
}

void text_row(const char* label, const std::string& value, float label_width, const std::string& key) {
  if (value.empty()) return;
  row(label, label_width, [&] { widgets::paragraph(value, key); });
}

}  // namespace

void draw_contact_block(ViewContext& view, const std::string& body_id, const std::string& key) {
  AppState& state = view.app.state();
  const Contact* c = contact_of(state, body_id);
  if (!c) return;
  // A label column as wide as the widest label, so numbers and addresses line up; on a phone
  // at most a third of the width, the value wrapping beside it.
  float label_width = 0;
  for (const auto& p : c->phones) label_width = std::max(label_width, ImGui::CalcTextSize(p.label.c_str()).x);
  for (const char* l : {text::kContactAddress, text::kContactHours, text::kContactServiceHall,
                        text::kContactWebsite}) {
    label_width = std::max(label_width, ImGui::CalcTextSize(l).x);
  }
  label_width = std::min(label_width + ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x / 3);
  for (std::size_t i = 0; i < c->phones.size(); ++i) {
    const ContactPhone& p = c->phones[i];
    row(p.label, label_width, [&] {
      widgets::external_link(p.number, phone_tel_uri(p.number), key + ":phone:" + std::to_string(i));
    });
    ImGui::Dummy(ImVec2(0, 2));
  }
  text_row(text::kContactAddress, c->address, label_width, key + ":address");
  text_row(text::kContactHours, c->hours, label_width, key + ":hours");
  text_row(text::kContactServiceHall, c->service_hall, label_width, key + ":service-hall");
  if (!c->website.empty() && is_web_address(c->website)) {
    row(text::kContactWebsite, label_width,
        [&] { widgets::external_link(c->website, c->website, key + ":website"); });
  }
  ImGui::Dummy(ImVec2(0, 4));
  if (state.dataset.sample) widgets::muted_wrapped(text::kSampleContactNote, key + ":sample");
  bool copied = state.copied_contact == key;
  if (widgets::link(copied ? text::kContactCopied : text::kCopyContact, key + ":copy")) {
    auto name = state.body_names.find(body_id);
    std::string copy = contact_text(name == state.body_names.end() ? body_id : name->second, *c);
    ImGui::SetClipboardText(copy.c_str());
    state.copied_contact = key;
  }
}

void draw_contact_line(ViewContext& view, const std::string& body_id, const std::string& key) {
  const AppState& state = view.app.state();
  const Contact* c = contact_of(state, body_id);
  if (!c || (c->phones.empty() && c->address.empty())) return;
  if (!c->phones.empty()) {
    const ContactPhone& p = c->phones[0];
    muted_label(p.label);
    ImGui::SameLine();
    widgets::external_link(p.number, phone_tel_uri(p.number), key + ":phone");
  }
  if (!c->address.empty()) {
    std::string address = c->phones.empty() ? c->address : text::kDot + c->address;
    if (state.dataset.sample) address += text::kSampleContactShort;
    // Beside the number if it fits, else on its own line (a phone's width).
    if (!c->phones.empty()) {
      ImGui::SameLine(0, 0);
      if (ImGui::CalcTextSize(address.c_str()).x > ImGui::GetContentRegionAvail().x) {
        ImGui::NewLine();
        address = c->address + (state.dataset.sample ? text::kSampleContactShort : "");
      }
    }
    widgets::muted_wrapped(address, key + ":address");
  }
}

}  // namespace dutyatlas::web
