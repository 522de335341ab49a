// The forms a contact's values may take (core/duties/contact_formats.h): the telephone numbers
// Chinese bodies publish are accepted and the near misses a publisher types are not; the tel:
// link dials the digits (an extension after a pause); only http(s) addresses safe in an href
// pass — javascript:, data:, credentials, quotes and spaces are refused.
#include <doctest/doctest.h>

#include "core/duties/contact_formats.h"

using namespace dutyatlas;

TEST_CASE("contact formats: landlines with area code and extension") {
  for (const char* n : {"010-62345678", "021-62345678", "0300-5550101", "0755-8123456",
                        "0300-5550101-801", "0300-5550101转801", "010-82345678-123456"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kLandline);
  }
  for (const char* n : {"5550101",            // no area code
                        "03005550101",        // no '-' after the area code
                        "0300 5550101",       // a space
                        "(0300)5550101",      // brackets
                        "010-1234567",        // 010 has 8-digit local numbers
                        "0300-555010",        // too short
                        "0300-555010123",     // too long
                        "0300-0550101",       // a local number starting 0
                        "0100-5550101",       // 01XX is not an area code
                        "0300-5550101-1234567",  // an extension of 7 digits
                        "0300-5550101-", "0300--5550101", "-0300-5550101"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kInvalid);
  }
}

TEST_CASE("contact formats: mobiles, 400/800 numbers and short hotlines") {
  for (const char* n : {"13800138000", "138-0013-8000", "19912345678"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kMobile);
  }
  for (const char* n : {"12800138000", "1380013800", "138001380001", "1380-013-8000"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kInvalid);
  }
  for (const char* n : {"4001234567", "400-123-4567", "400-1234-567", "800-820-8820"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kServiceNumber);
  }
  CHECK(classify_phone_number("500-123-4567") == PhoneKind::kInvalid);
  CHECK(classify_phone_number("400-12-34567") == PhoneKind::kInvalid);
  for (const char* n : {"110", "119", "120", "122", "12345", "12369", "12315", "95598", "961234"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kHotline);
  }
  for (const char* n : {"", "1", "12", "911", "130", "1234", "123456", "97123", "1-2345",
                        "一二三四五", "12345 ", "tel:12345"}) {
    CAPTURE(n);
    CHECK(classify_phone_number(n) == PhoneKind::kInvalid);
  }
}

TEST_CASE("contact formats: the tel: link dials the digits, an extension after a pause") {
  CHECK(phone_tel_uri("0300-5550101") == "tel:03005550101");
  CHECK(phone_tel_uri("0300-5550101-801") == "tel:03005550101,801");
  CHECK(phone_tel_uri("0300-5550101转801") == "tel:03005550101,801");
  CHECK(phone_tel_uri("138-0013-8000") == "tel:13800138000");
  CHECK(phone_tel_uri("400-123-4567") == "tel:4001234567");
  CHECK(phone_tel_uri("12345") == "tel:12345");
  CHECK(phone_tel_uri("javascript:alert(1)").empty());
  CHECK(phone_tel_uri("0300-5550101\"><script>").empty());
}

TEST_CASE("contact formats: only http(s) addresses safe in an href are web addresses") {
  for (const char* url : {"https://shiliqu.example/zjj/", "http://www.example.gov.cn",
                          "https://www.example.gov.cn:8443/zwgk/index.html?id=3&p=2#top",
                          "https://xn--fiqs8s.cn/"}) {
    CAPTURE(url);
    CHECK(is_web_address(url));
  }
  for (const char* url : {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>",
                          "mailto:office@example.gov.cn", "ftp://example.gov.cn/",
                          "www.example.gov.cn", "//example.gov.cn/", "https://", "https:///path",
                          "https://user:pass@example.gov.cn/", "https://example.gov.cn@evil.example/",
                          "https://exa mple.gov.cn/", "https://example.gov.cn/\"onmouseover=x",
                          "https://example.gov.cn/<script>", "https://政务.cn/",
                          "https://example.gov.cn/\n", "https://.example/", " https://example.gov.cn/"}) {
    CAPTURE(url);
    CHECK_FALSE(is_web_address(url));
  }
}
