#include "core/search/tokenizer.h"

#include <sqlite3.h>

#include <climits>
#include <new>
#include <unordered_set>

#include "core/base/utf8.h"

namespace dutyatlas {

namespace {

char32_t fold_code_point(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
  else if (cp == 0x3000) return U' ';               // ideographic space
  if (cp >= U'A' && cp <= U'Z') cp += U'a' - U'A';
  return cp;
}

bool is_ideograph(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F) ||
         (cp >= 0x30000 && cp <= 0x323AF) || cp == 0x3007;
}

// After folding, so only lowercase letters are left.
bool is_word_char(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9'); }

// Walks `text` and calls emit(data, size, start, end) for every token, in stream order; stops
// early (returning false) as soon as emit returns false. Ideograph tokens point into `text`
// itself (ideographs are never folded, and a run has no bytes between its characters); ASCII
// words point into a scratch buffer holding the folded run.
template <class Emit>
bool for_each_token(std::string_view text, TokenizeMode mode, Emit&& emit) {
  if (text.size() > std::size_t(INT_MAX)) text = text.substr(0, std::size_t(INT_MAX));
  const bool document = mode == TokenizeMode::kDocument;

  std::string word;   // the folded ASCII run so far
  int word_start = -1;
  int word_end = -1;
  int run_length = 0;  // ideographs in the current CJK run
  int prev_start = -1;  // the run's last ideograph so far
  int prev_end = -1;

  auto end_word = [&]() {
    if (word_start < 0) return true;
    bool go_on = emit(word.data(), word.size(), word_start, word_end);
    word.clear();
    word_start = -1;
    return go_on;
  };
  auto end_run = [&]() {
    bool go_on = true;
    if (run_length == 1 && !document) {
      go_on = emit(text.data() + prev_start, std::size_t(prev_end - prev_start), prev_start,
                   prev_end);
    }
    run_length = 0;
    return go_on;
  };

  std::size_t pos = 0;
  while (pos < text.size()) {
    const int start = int(pos);
    const char32_t cp = fold_code_point(next_code_point(text, &pos));
    const int end = int(pos);
    if (is_word_char(cp)) {
      if (run_length > 0 && !end_run()) return false;
      if (word_start < 0) word_start = start;
      word.push_back(char(cp));
      word_end = end;
    } else if (is_ideograph(cp)) {
      if (!end_word()) return false;
      if (run_length > 0 &&
          !emit(text.data() + prev_start, std::size_t(end - prev_start), prev_start, end)) {
        return false;
      }
      if (document && !emit(text.data() + start, std::size_t(end - start), start, end)) {
        return false;
      }
      ++run_length;
      prev_start = start;
      prev_end = end;
    } else {
      if (!end_word() || !end_run()) return false;
    }
  }
  return end_word() && end_run();
}

// Query-mode tokens, each once, in the order they first appear.
std::vector<std::string> distinct_query_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::unordered_set<std::string> seen;
  for_each_token(text, TokenizeMode::kQuery, [&](const char* data, std::size_t size, int, int) {
    std::string token(data, size);
    if (seen.insert(token).second) tokens.push_back(std::move(token));
    return true;
  });
  return tokens;
}

std::string join_quoted(const std::vector<std::string>& tokens, std::string_view separator) {
  std::string out;
  for (const std::string& token : tokens) {
    if (!out.empty()) out += separator;
    out.push_back('"');
    for (char c : token) {
      if (c == '"') out.push_back('"');
      out.push_back(c);
    }
    out.push_back('"');
  }
  return out;
}

// --- FTS5 glue -----------------------------------------------------------------------------

// The tokenizer has no state; FTS5 just needs a non-null handle.
char tokenizer_instance;

int tokenizer_create(void*, const char** /*args*/, int arg_count, Fts5Tokenizer** out) {
  *out = nullptr;
  if (arg_count != 0) return SQLITE_ERROR;  // "dutyatlas" takes no options
  *out = reinterpret_cast<Fts5Tokenizer*>(&tokenizer_instance);
  return SQLITE_OK;
}

void tokenizer_delete(Fts5Tokenizer*) {}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int tokenizer_run(void* context, int flags, const char* text, int size, TokenCallback x_token) {
  if (!text || size <= 0) return SQLITE_OK;
  const TokenizeMode mode =
      (flags & FTS5_TOKENIZE_QUERY) ? TokenizeMode::kQuery : TokenizeMode::kDocument;
  int rc = SQLITE_OK;
  try {
    for_each_token(std::string_view(text, std::size_t(size)), mode,
                   [&](const char* data, std::size_t length, int start, int end) {
                     rc = x_token(context, 0, data, int(length), start, end);
                     return rc == SQLITE_OK;
                   });
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
  return rc;
}

int tokenizer_tokenize_v1(Fts5Tokenizer*, void* context, int flags, const char* text, int size,
                          TokenCallback x_token) {
  return tokenizer_run(context, flags, text, size, x_token);
}

int tokenizer_tokenize_v2(Fts5Tokenizer*, void* context, int flags, const char* text, int size,
                          const char* /*locale*/, int /*locale_size*/, TokenCallback x_token) {
  return tokenizer_run(context, flags, text, size, x_token);
}

fts5_api* fts5_api_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

std::string fold_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) append_utf8(&out, fold_code_point(next_code_point(utf8, &pos)));
  return out;
}

std::vector<Token> tokenize(std::string_view utf8, TokenizeMode mode) {
  std::vector<Token> tokens;
  for_each_token(utf8, mode, [&](const char* data, std::size_t size, int start, int end) {
    tokens.push_back(Token{std::string(data, size), start, end});
    return true;
  });
  return tokens;
}

bool register_fts5_tokenizer(sqlite3* db) {
  if (!db) return false;
  fts5_api* api = fts5_api_of(db);
  if (!api) return false;
  int rc;
  if (api->iVersion >= 3) {
    static fts5_tokenizer_v2 tokenizer = {2, tokenizer_create, tokenizer_delete,
                                          tokenizer_tokenize_v2};
    rc = api->xCreateTokenizer_v2(api, "dutyatlas", nullptr, &tokenizer, nullptr);
  } else {
    static fts5_tokenizer tokenizer = {tokenizer_create, tokenizer_delete, tokenizer_tokenize_v1};
    rc = api->xCreateTokenizer(api, "dutyatlas", nullptr, &tokenizer, nullptr);
  }
  return rc == SQLITE_OK;
}

std::string build_match_expression(std::string_view user_text) {
  return join_quoted(distinct_query_tokens(user_text), " ");
}

std::string build_match_expression_any(std::string_view user_text) {
  return join_quoted(distinct_query_tokens(user_text), " OR ");
}

}  // namespace dutyatlas
