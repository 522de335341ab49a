// The forms a body's contact (联系方式, model.h) may take: which texts are Chinese telephone
// numbers, which are web addresses a page may link to, and the tel: link a phone dials.
//
// The builder checks publishers' values with these (builder/read_contacts.cpp); the client and
// the HTML edition make their links with the same functions, so what was accepted is what is
// linked. Not a general phone or URL library: only the forms Chinese government bodies publish,
// and only what is safe to put in an href.
//
// Telephone numbers, digits grouped by '-' only (no spaces, no brackets):
//   landline   area code, '-', local number, optional extension ('-' or 转 and 1–6 digits):
//              010-8xxxxxxx, 02X-8 digits, 0XXX-7 or 8 digits; local numbers start 2–9
//   mobile     1[3-9] and 9 more digits: 13800138000 or 138-0013-8000
//   service    400 / 800 numbers, 10 digits: 4001234567, 400-123-4567 or 400-1234-567
//   hotline    short public numbers: 110, 119, 120, 122 (1[1-2]X), 12345, 12369 (12XXX),
//              95XXX(X) and 96XXX(X) service lines
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

enum class PhoneKind { kInvalid, kLandline, kMobile, kServiceNumber, kHotline };

PhoneKind classify_phone_number(std::string_view number);

// "tel:" and the digits to dial, an extension after a pause (","): "tel:03005550101,801".
// "" for a number classify_phone_number() does not accept.
std::string phone_tel_uri(std::string_view number);

// An http:// or https:// address with a host, of printable ASCII without spaces, quotes, angle
// brackets, backslashes or credentials ('@' before the path): safe as an href in any page.
// Anything else (javascript:, data:, a bare "www.…", an IDN not written in punycode) is not.
bool is_web_address(std::string_view url);

}  // namespace dutyatlas
