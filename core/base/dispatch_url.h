// The hand-off by URL for work systems that cannot receive messages (docs/embedding.md): the
// publisher sets a template in dataset.json's dispatch_url, e.g.
//   https://12345.example.gov.cn/order/new?dept={lead_uscc}&text={complaint}
// and after 派单 the viewer opens it filled with the payload's values (core/api/dispatch_json.h),
// each percent-encoded. The template comes only from the publication (the builder checks it,
// the manifest carries it), never from the page's URL, and a placeholder may stand only after
// the host, so no value can send the operator to another site.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace dutyatlas {

// The placeholders a template may use, for the builder's hint: "{complaint}, {lead_id}, …".
std::string dispatch_url_placeholders();

// "" when `tmpl` is a usable template; otherwise why not, in English, for the builder's message
// (the manifest reader drops a template with a problem).
std::string dispatch_url_problem(std::string_view tmpl);

// `tmpl` (a template without a problem) with every placeholder replaced by the payload's value,
// percent-encoded; lists (cooperating bodies) joined with commas before encoding.
std::string fill_dispatch_url(std::string_view tmpl, const nlohmann::json& payload);

}  // namespace dutyatlas
