// The hand-off by URL (core/base/dispatch_url.h): a template is accepted only with a fixed
// http(s) host and known placeholders, and filling it percent-encodes every value, so nothing in
// a complaint can change where the operator is sent or break out of its parameter.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/base/dispatch_url.h"

using namespace dutyatlas;
using nlohmann::json;

TEST_CASE("dispatch_url: templates with a fixed host and known placeholders pass") {
  CHECK(dispatch_url_problem("https://12345.example.gov.cn/order/new?dept={lead_uscc}&text={complaint}") == "");
  CHECK(dispatch_url_problem("http://10.1.2.3:8080/wo/{lead_id}?co={cooperating_ids}&v={version}") == "");
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/new") == "");  // no placeholder: a fixed page
}

TEST_CASE("dispatch_url: a template that could send the operator elsewhere, or is malformed, is refused") {
  CHECK(dispatch_url_problem("") != "");
  CHECK(dispatch_url_problem("javascript:alert(1)//{complaint}") != "");
  CHECK(dispatch_url_problem("data:text/html,{complaint}") != "");
  CHECK(dispatch_url_problem("//wo.example.gov.cn/{complaint}") != "");
  CHECK(dispatch_url_problem("https://{lead_id}.example.gov.cn/") != "");        // host from data
  CHECK(dispatch_url_problem("https://wo.example.gov.cn@{complaint}/") != "");   // userinfo trick
  CHECK(dispatch_url_problem("https:///path") != "");
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/?t={text}").find("{text}") != std::string::npos);
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/?t={complaint") != "");
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/?t=complaint}") != "");
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/?t=\"{complaint}\"") != "");
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/ a") != "");
  CHECK(dispatch_url_problem("https://wo.example.gov.cn/" + std::string(2100, 'a')) != "");
}

TEST_CASE("dispatch_url: filled with percent-encoded values, lists joined by commas") {
  json payload = {{"complaint", "油烟&噪声?#/x=1"}, {"data_date", "2026-11-01"}, {"version", "abc"},
                  {"lead", {{"id", "zhzfj"}, {"name", "综合行政执法局"}, {"uscc", "11999901102162289G"}}},
                  {"cooperating", {{{"id", "scjgj"}, {"uscc", "A1"}}, {{"id", "sthjj"}, {"uscc", "B2"}}}}};
  std::string url = fill_dispatch_url(
      "https://wo.example.gov.cn/new?dept={lead_uscc}&co={cooperating_ids}&text={complaint}&d={data_date}", payload);
  CHECK(url == "https://wo.example.gov.cn/new?dept=11999901102162289G&co=scjgj%2Csthjj"
               "&text=%E6%B2%B9%E7%83%9F%26%E5%99%AA%E5%A3%B0%3F%23%2Fx%3D1&d=2026-11-01");
  // A payload without cooperating bodies fills an empty value, never the placeholder's name.
  json single = payload;
  single["cooperating"] = json::array();
  CHECK(fill_dispatch_url("https://wo.example.gov.cn/?co={cooperating_usccs}", single) ==
        "https://wo.example.gov.cn/?co=");
}
