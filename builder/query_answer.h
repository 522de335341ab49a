// What every `dutyatlas query` form does first: open the built publication in a folder and ask
// it one automation-API request (core/api/query_json.h).
#pragma once

#include <optional>
#include <string>

namespace dutyatlas::builder {

// The JSON answer to `request`; nullopt, with the reason on stderr, if `dir` holds no
// publication that can be opened.
std::optional<std::string> answer_from_publication(const std::string& dir, const std::string& request);

}  // namespace dutyatlas::builder
