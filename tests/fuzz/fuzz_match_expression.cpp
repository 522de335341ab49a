// The search tokenizer and query builder (core/search/tokenizer.h) on any text: every token's
// offsets lie inside the text and never go back, its text is valid UTF-8; the MATCH expression
// written is valid UTF-8 and FTS5 always accepts it (a reader's words can never be an FTS5
// syntax error), in both the strict and the any-word forms.
#include <sqlite3.h>

#include "core/search/tokenizer.h"
#include "fuzz_support.h"

namespace {

sqlite3* index_database() {
  static sqlite3* db = [] {
    sqlite3* opened = nullptr;
    sqlite3_open(":memory:", &opened);
    dutyatlas::register_fts5_tokenizer(opened);
    sqlite3_exec(opened,
                 "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='dutyatlas');"
                 "INSERT INTO t VALUES ('负责全区生态环境监督管理，PM2.5 噪声 油烟');",
                 nullptr, nullptr, nullptr);
    return opened;
  }();
  return db;
}

void check_accepted(const std::string& expression) {
  FUZZ_CHECK(dutyatlas::is_valid_utf8(expression));
  if (expression.empty()) return;  // nothing to search for: the caller does not query
  sqlite3_stmt* statement = nullptr;
  int rc = sqlite3_prepare_v2(index_database(), "SELECT rowid FROM t WHERE t MATCH ?", -1, &statement, nullptr);
  FUZZ_CHECK(rc == SQLITE_OK);
  sqlite3_bind_text(statement, 1, expression.data(), int(expression.size()), SQLITE_TRANSIENT);
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) std::fprintf(stderr, "FTS5 refused [%s]: %s\n", expression.c_str(), sqlite3_errmsg(index_database()));
  FUZZ_CHECK(rc == SQLITE_DONE);
  sqlite3_finalize(statement);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size > 8000) return 0;  // the search box's ceiling
  std::string_view text = fuzz_text(data, size);
  for (dutyatlas::TokenizeMode mode : {dutyatlas::TokenizeMode::kDocument, dutyatlas::TokenizeMode::kQuery}) {
    int last_start = 0, last_end = 0;
    for (const dutyatlas::Token& token : dutyatlas::tokenize(text, mode)) {
      FUZZ_CHECK(0 <= token.start && token.start < token.end && token.end <= int(size));
      FUZZ_CHECK(token.start >= last_start && token.end >= last_end);
      FUZZ_CHECK(!token.text.empty() && dutyatlas::is_valid_utf8(token.text));
      last_start = token.start;
      last_end = token.end;
    }
  }
  check_accepted(dutyatlas::build_match_expression(text));
  check_accepted(dutyatlas::build_match_expression_any(text));
  FUZZ_CHECK(dutyatlas::code_point_count(dutyatlas::fold_text(text)) == dutyatlas::code_point_count(text));
  return 0;
}
