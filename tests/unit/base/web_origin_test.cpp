// Origins a publisher may allow to embed the viewer: exactly the browser's spelling passes, and
// every near miss (wildcard, path, uppercase, default port) is refused with a reason.
#include <doctest/doctest.h>

#include "core/base/web_origin.h"

using namespace dutyatlas;

TEST_CASE("web origin: the browser's own spelling of http(s) origins passes") {
  CHECK(is_web_origin("https://12345.example.gov.cn"));
  CHECK(is_web_origin("http://127.0.0.1:8081"));
  CHECK(is_web_origin("https://portal-1.example.gov.cn:8443"));
  CHECK(is_web_origin("http://localhost"));
}

TEST_CASE("web origin: wildcards, paths, other schemes and misspellings are refused with a reason") {
  CHECK(web_origin_problem("*").find("wildcard") != std::string::npos);
  CHECK(web_origin_problem("https://*.example.gov.cn").find("wildcard") != std::string::npos);
  CHECK(web_origin_problem("https://portal.example.gov.cn/").find("path") != std::string::npos);
  CHECK(web_origin_problem("https://portal.example.gov.cn/work").find("path") != std::string::npos);
  CHECK(web_origin_problem("https://portal.example.gov.cn?a=1").find("path") != std::string::npos);
  CHECK(web_origin_problem("ftp://portal.example.gov.cn").find("http") != std::string::npos);
  CHECK(web_origin_problem("portal.example.gov.cn").find("http") != std::string::npos);
  CHECK(web_origin_problem("https://").find("no host") != std::string::npos);
  CHECK(web_origin_problem("https://Portal.example.gov.cn").find("lowercase") != std::string::npos);
  CHECK(web_origin_problem("https://user@portal.example.gov.cn").find("lowercase") != std::string::npos);
  CHECK(web_origin_problem("https://portal.example.gov.cn:443").find("default port") != std::string::npos);
  CHECK(web_origin_problem("http://portal.example.gov.cn:80").find("default port") != std::string::npos);
  CHECK(web_origin_problem("http://127.0.0.1:").find("port") != std::string::npos);
  CHECK(web_origin_problem("http://127.0.0.1:65536").find("65535") != std::string::npos);
  CHECK(web_origin_problem("http://127.0.0.1:08080").find("port") != std::string::npos);
  CHECK(web_origin_problem("https://.example.gov.cn").find("malformed") != std::string::npos);
  CHECK_FALSE(is_web_origin(""));
}
