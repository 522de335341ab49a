// A body's "contact" in bodies.json (docs/source-format.md, "contact"): read and checked. This
// is hostile input — what it holds becomes tel: and http(s) links on public pages — so every
// value is checked for its form (core/duties/contact_formats.h), its length and its being one
// line, and every problem is reported with file, line and JSON pointer.
#include <set>

#include "builder/source_context.h"
#include "core/base/utf8.h"
#include "core/duties/contact_formats.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

// Longest values, in characters: what a contact block shows on a phone without becoming a page.
constexpr std::size_t kMaxLabel = 20;
constexpr std::size_t kMaxAddress = 100;
constexpr std::size_t kMaxHours = 100;
constexpr std::size_t kMaxServiceHall = 200;
constexpr std::size_t kMaxWebsite = 200;
constexpr std::size_t kMaxPhones = 10;

bool has_control_character(const std::string& text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7F) return true;
  }
  return false;
}

// A one-line text of at most `max` characters; "" after reporting otherwise.
std::string line_field(const JsonFields& fields, const json& object, const std::string& pointer,
                       const char* key, bool required, std::size_t max) {
  std::string value = fields.text(object, pointer, key, required);
  std::string field = pointer + "/" + key;
  if (has_control_character(value)) {
    fields.error(field, "must be one line", "no line breaks, tabs or control characters");
    return {};
  }
  std::size_t length = code_point_count(value);
  if (length > max) {
    fields.error(field, "is " + std::to_string(length) + " characters long",
                 "at most " + std::to_string(max) + " characters");
    return {};
  }
  return value;
}

const char* kPhoneHint =
    "a landline with its area code (0300-5550101, 010-62345678, extension as 0300-5550101-801 or "
    "0300-5550101转801), a mobile (13800138000 or 138-0013-8000), a 400/800 number "
    "(400-123-4567) or a short hotline (12345, 12369, 110); digits and '-' only";

std::vector<ContactPhone> read_phones(const JsonFields& fields, const json& contact,
                                      const std::string& pointer) {
  std::vector<ContactPhone> phones;
  const json* list = fields.array(contact, pointer, "phones", false);
  if (!list) return phones;
  if (list->size() > kMaxPhones) {
    fields.error(pointer + "/phones", std::to_string(list->size()) + " numbers",
                 "at most " + std::to_string(kMaxPhones) + ": publish the ones the public needs");
  }
  std::set<std::string> seen;
  for_each_object(fields, *list, pointer + "/phones",
                  "each phone must be an object {\"label\": …, \"number\": …}",
                  [&](const json& item, const std::string& at, std::size_t) {
                    fields.known_keys(item, at, {"label", "number"});
                    ContactPhone phone;
                    phone.label = line_field(fields, item, at, "label", true, kMaxLabel);
                    phone.number = fields.text(item, at, "number", true);
                    if (!phone.number.empty() &&
                        classify_phone_number(phone.number) == PhoneKind::kInvalid) {
                      fields.error(at + "/number",
                                   "\"" + phone.number + "\" is not a Chinese telephone number",
                                   kPhoneHint);
                      return;
                    }
                    if (phone.label.empty() || phone.number.empty()) return;
                    if (!seen.insert(phone.number).second) {
                      fields.error(at + "/number", "\"" + phone.number + "\" is listed twice");
                      return;
                    }
                    phones.push_back(std::move(phone));
                  });
  return phones;
}

}  // namespace

std::optional<Contact> read_body_contact(const JsonFields& fields, const json& body,
                                         const std::string& body_pointer) {
  auto it = body.find("contact");
  if (it == body.end() || it->is_null()) return std::nullopt;
  std::string pointer = body_pointer + "/contact";
  if (!it->is_object()) {
    fields.error(pointer, "must be an object",
                 "{\"phones\": [{\"label\": \"办公室\", \"number\": \"0300-5550101\"}], \"address\": …}");
    return std::nullopt;
  }
  fields.known_keys(*it, pointer, {"phones", "address", "hours", "website", "service_hall"});
  Contact contact;
  contact.phones = read_phones(fields, *it, pointer);
  contact.address = line_field(fields, *it, pointer, "address", false, kMaxAddress);
  contact.hours = line_field(fields, *it, pointer, "hours", false, kMaxHours);
  contact.service_hall = line_field(fields, *it, pointer, "service_hall", false, kMaxServiceHall);
  contact.website = line_field(fields, *it, pointer, "website", false, kMaxWebsite);
  if (!contact.website.empty() && !is_web_address(contact.website)) {
    fields.error(pointer + "/website", "\"" + contact.website + "\" is not an http(s) web address",
                 "write the full address, e.g. \"https://www.example.gov.cn/\"; other schemes "
                 "(javascript:, data:, mailto:) and addresses with spaces, quotes or '@' are refused");
    contact.website.clear();
  }
  if (contact.phones.empty() && contact.address.empty() && contact.hours.empty() &&
      contact.website.empty() && contact.service_hall.empty()) {
    return std::nullopt;
  }
  return contact;
}

}  // namespace dutyatlas::builder
