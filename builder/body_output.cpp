// `dutyatlas query --body ID --html|--json` (see body_output.h).
#include "builder/body_output.h"

#include <nlohmann/json.hpp>

#include "builder/query_answer.h"
#include "builder/usage.h"

namespace dutyatlas::builder {
namespace {

constexpr const char* kBodyUsage =
    "usage: dutyatlas query BUNDLE_DIR --body ID [--date YYYY-MM-DD] --html | --json\n"
    "       (a body's documents: dutyatlas query BUNDLE_DIR --documents --body ID)\n";

int usage(const std::string& why) { return usage_error(why, kBodyUsage); }

}  // namespace

int run_body_query(const std::vector<std::string>& args) {
  if (args.empty()) return usage("query takes BUNDLE_DIR");
  nlohmann::json request = {{"query", "body"}};
  std::string format;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool has_value = i + 1 < args.size();
    if (arg == "--body" && has_value) request["id"] = args[++i];
    else if (arg == "--date" && has_value) request["date"] = args[++i];
    else if (arg == "--html" || arg == "--json") format = arg.substr(2);
    else return usage("query --body: unexpected argument or missing value: " + arg);
  }
  if (!request.contains("id")) return usage("query --body needs a body's id");
  if (format.empty()) return usage("query --body needs --html (the printable 三定) or --json");
  if (format == "html") request["format"] = "html";
  // --html: the answer's result is the document, printed as it is.
  return print_answer(args[0], request.dump(), format == "json", [](const nlohmann::json&) {});
}

}  // namespace dutyatlas::builder
