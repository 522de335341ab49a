// `dutyatlas query BUNDLE_DIR --body ID [--date YYYY-MM-DD] --html | --json`: one body on the
// command line. --html: its 三定 as the printable A4 document (core/duties/body_print.h), the
// same bytes the client's 打印 prints; --json: exactly the automation API's answer to
// {"query": "body", …}. No text form: the HTML edition is the readable one.
// Not for a body's documents (`--documents --body ID`, documents_output.h).
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

// `args` as run_query gets them: BUNDLE_DIR first, then the options (--body among them).
int run_body_query(const std::vector<std::string>& args);

}  // namespace dutyatlas::builder
