// What every `dutyatlas query` form shares: open the built publication in a folder, ask it one
// automation-API request (core/api/query_json.h) and print the answer. Each form
// (query_command.cpp, documents_output.cpp, history_output.cpp, lists_output.cpp) only turns its
// options into the request and, for text, formats the result. Not for parsing options.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace dutyatlas::builder {

// The JSON answer to `request`; nullopt, with the reason on stderr, if `dir` holds no
// publication that can be opened.
std::optional<std::string> answer_from_publication(const std::string& dir, const std::string& request);

// Asks `request` of the publication in `dir` and prints the answer on stdout:
//   as_json          the API's answer as it is, and a newline;
//   a string result  (CSV, HTML) its bytes as they are, nothing added;
//   otherwise        print_text(result).
// An error answer prints its message on stderr. Returns the exit code: 0, or 1 if the
// publication cannot be opened or the answer is an error.
int print_answer(const std::string& dir, const std::string& request, bool as_json,
                 const std::function<void(const nlohmann::json& result)>& print_text);

// `query DIR --each FILE`: every non-empty line of `requests` is one request; each answer is
// printed on its own line (JSON Lines), in order. The publication is opened once, so a batch of
// complaints (an evaluation, a month of a hotline's calls) costs one open, not one per line.
// Returns 0, or 1 if the publication cannot be opened or any answer is an error (the others
// are still printed).
int print_each_answer(const std::string& dir, std::istream& requests);

}  // namespace dutyatlas::builder
