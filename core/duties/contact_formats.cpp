// Telephone numbers and web addresses of a body's contact (see contact_formats.h).
#include "core/duties/contact_formats.h"

#include <vector>

namespace dutyatlas {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// "0300-5550101-801" → {"0300", "5550101", "801"}; empty if any group is empty or not digits.
std::vector<std::string_view> digit_groups(std::string_view number) {
  std::vector<std::string_view> groups;
  std::size_t start = 0;
  while (true) {
    std::size_t dash = number.find('-', start);
    std::string_view group = number.substr(start, dash == std::string_view::npos ? dash : dash - start);
    if (!all_digits(group)) return {};
    groups.push_back(group);
    if (dash == std::string_view::npos) return groups;
    start = dash + 1;
  }
}

std::vector<std::size_t> sizes(const std::vector<std::string_view>& groups) {
  std::vector<std::size_t> out;
  for (auto g : groups) out.push_back(g.size());
  return out;
}

bool is_area_code(std::string_view a) {
  if (a.size() == 3) return a == "010" || (a[0] == '0' && a[1] == '2');
  return a.size() == 4 && a[0] == '0' && a[1] >= '3' && a[1] <= '9';
}

bool is_local_number(std::string_view area, std::string_view local) {
  if (local[0] < '2') return false;
  // 010 and 02X have 8-digit local numbers; 4-digit area codes 7 or 8.
  return area.size() == 3 ? local.size() == 8 : local.size() == 7 || local.size() == 8;
}

// "0300-5550101转801" is read as "0300-5550101-801": 转 is how an extension is often written.
std::string with_dash_for_transfer(std::string_view number) {
  static constexpr std::string_view kTransfer = "转";
  std::string joined(number);
  std::size_t transfer = joined.find(kTransfer);
  if (transfer != std::string::npos) joined.replace(transfer, kTransfer.size(), "-");
  return joined;
}

// The landline and its extension.
bool is_landline(std::string_view number) {
  std::string joined = with_dash_for_transfer(number);
  auto groups = digit_groups(joined);
  if (groups.size() != 2 && groups.size() != 3) return false;
  if (groups.size() == 3 && groups[2].size() > 6) return false;
  return is_area_code(groups[0]) && is_local_number(groups[0], groups[1]);
}

bool is_mobile(const std::vector<std::string_view>& groups, const std::string& digits) {
  auto s = sizes(groups);
  bool grouped = s == std::vector<std::size_t>{11} || s == std::vector<std::size_t>{3, 4, 4};
  return grouped && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

bool is_service_number(const std::vector<std::string_view>& groups, const std::string& digits) {
  auto s = sizes(groups);
  bool grouped = s == std::vector<std::size_t>{10} || s == std::vector<std::size_t>{3, 3, 4} ||
                 s == std::vector<std::size_t>{3, 4, 3};
  return grouped && (digits.rfind("400", 0) == 0 || digits.rfind("800", 0) == 0);
}

bool is_hotline(const std::vector<std::string_view>& groups) {
  if (groups.size() != 1) return false;
  std::string_view d = groups[0];
  if (d.size() == 3) return d[0] == '1' && (d[1] == '1' || d[1] == '2');
  if (d.size() == 5 && d.substr(0, 2) == "12") return true;
  return (d.size() == 5 || d.size() == 6) && (d.substr(0, 2) == "95" || d.substr(0, 2) == "96");
}

}  // namespace

PhoneKind classify_phone_number(std::string_view number) {
  if (number.empty() || number.size() > 40) return PhoneKind::kInvalid;
  if (number[0] == '0') return is_landline(number) ? PhoneKind::kLandline : PhoneKind::kInvalid;
  auto groups = digit_groups(number);
  if (groups.empty()) return PhoneKind::kInvalid;
  std::string digits;
  for (auto g : groups) digits += g;
  if (is_mobile(groups, digits)) return PhoneKind::kMobile;
  if (is_service_number(groups, digits)) return PhoneKind::kServiceNumber;
  if (is_hotline(groups)) return PhoneKind::kHotline;
  return PhoneKind::kInvalid;
}

std::string phone_tel_uri(std::string_view number) {
  PhoneKind kind = classify_phone_number(number);
  if (kind == PhoneKind::kInvalid) return {};
  std::string out = "tel:";
  int group = 0;
  for (char c : with_dash_for_transfer(number)) {
    if (is_digit(c)) {
      out += c;
    } else {
      ++group;
      // The landline's second separator (a '-' or 转) starts the extension: a pause, then dial.
      if (kind == PhoneKind::kLandline && group == 2) out += ',';
    }
  }
  return out;
}

bool is_web_address(std::string_view url) {
  std::size_t scheme = url.rfind("https://", 0) == 0 ? 8 : url.rfind("http://", 0) == 0 ? 7 : 0;
  if (scheme == 0 || url.size() <= scheme) return false;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F) return false;
    if (std::string_view("\"'<>\\^`{|}").find(c) != std::string_view::npos) return false;
  }
  std::size_t end = url.find_first_of("/?#", scheme);
  std::string_view authority = url.substr(scheme, end == std::string_view::npos ? end : end - scheme);
  if (authority.empty() || authority.find('@') != std::string_view::npos) return false;
  std::string_view host = authority.substr(0, authority.find(':'));
  if (host.empty() || host.front() == '.' || host.front() == '-') return false;
  for (char c : host) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace dutyatlas
