// Percent-encoding of a URL component: the client's hash routes (web/route.h) and the HTML
// edition's links into the client (core/edition) encode ids the same way. Not a URL parser.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// RFC 3986 unreserved characters (A–Z a–z 0–9 - _ . ~) kept, every other byte as %XX.
std::string percent_encode(std::string_view text);
// The inverse; never fails (a stray '%' stays as it is).
std::string percent_decode(std::string_view text);

}  // namespace dutyatlas
