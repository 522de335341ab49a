// `dutyatlas query BUNDLE_DIR …`: the engine the browser runs, natively, so publishers can check
// their data and CI can test search without a browser.
//   query DIR '{"query": …}'          any automation-API query (core/api/query_json.h), JSON out
//   query DIR --search TEXT [--json]  search results
//   query DIR --who TEXT [--json]     谁来管: the bodies that handle a complaint, with evidence
// The JSON of --search/--who is exactly what dutyatlas.query() answers in the browser.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

int run_query(const std::vector<std::string>& args);

}  // namespace dutyatlas::builder
