// The search tokenizer: folding (full-width ASCII, ideographic space, case), Chinese as bigrams
// (plus single characters in documents, so a 1-character query still finds 遛狗), ASCII words
// and numbers, punctuation / emoji / invalid UTF-8 as separators that never crash, offsets into
// the original text; then FTS5 with tokenize='dutyatlas': MATCH through build_match_expression
// never fails whatever the user types, bm25() ranks more occurrences higher, highlight() marks
// the original text at the right places, and every connection must register the tokenizer.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/search/tokenizer.h"
#include "core/base/utf8.h"

using dutyatlas::build_match_expression;
using dutyatlas::build_match_expression_any;
using dutyatlas::fold_text;
using dutyatlas::is_valid_utf8;
using dutyatlas::register_fts5_tokenizer;
using dutyatlas::Token;
using dutyatlas::tokenize;
using dutyatlas::TokenizeMode;

namespace {

using Texts = std::vector<std::string>;

Texts texts(const std::vector<Token>& tokens) {
  Texts out;
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}
Texts query_tokens(std::string_view text) { return texts(tokenize(text, TokenizeMode::kQuery)); }
Texts document_tokens(std::string_view text) {
  return texts(tokenize(text, TokenizeMode::kDocument));
}

// Every token lies inside the text, folds from exactly the bytes its offsets cover, and offsets
// never go backwards (FTS5's highlight() relies on that).
void check_offsets(std::string_view text, TokenizeMode mode) {
  int last_start = 0, last_end = 0;
  for (const Token& t : tokenize(text, mode)) {
    CAPTURE(t.text);
    REQUIRE(t.start >= 0);
    REQUIRE(t.start < t.end);
    REQUIRE(std::size_t(t.end) <= text.size());
    CHECK(fold_text(text.substr(std::size_t(t.start), std::size_t(t.end - t.start))) == t.text);
    CHECK(t.start >= last_start);
    CHECK(t.end >= last_end);
    CHECK(is_valid_utf8(t.text));
    last_start = t.start;
    last_end = t.end;
  }
}

// An in-memory database with the tokenizer registered and one FTS5 table t(body).
class FtsDb {
 public:
  FtsDb() {
    REQUIRE(sqlite3_open(":memory:", &db_) == SQLITE_OK);
    REQUIRE(register_fts5_tokenizer(db_));
    exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='dutyatlas')");
  }
  ~FtsDb() { sqlite3_close(db_); }
  FtsDb(const FtsDb&) = delete;
  FtsDb& operator=(const FtsDb&) = delete;

  sqlite3* handle() const { return db_; }

  void exec(const char* sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
    INFO(sql, " → ", (error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
  }

  long long insert(const std::string& body) {
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, "INSERT INTO t(body) VALUES (?1)", -1, &stmt, nullptr) ==
            SQLITE_OK);
    sqlite3_bind_text(stmt, 1, body.data(), int(body.size()), SQLITE_TRANSIENT);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    REQUIRE(rc == SQLITE_DONE);
    return sqlite3_last_insert_rowid(db_);
  }

 private:
  sqlite3* db_ = nullptr;
};

struct QueryResult {
  bool ok = true;
  std::string error;
  std::vector<long long> rowids;     // best bm25() first
  std::vector<std::string> marked;   // highlight(t, 0, '[', ']') in the same order
};

// Runs `expression` (a MATCH expression) as a caller would.
QueryResult run_match(sqlite3* db, const std::string& expression) {
  QueryResult result;
  sqlite3_stmt* stmt = nullptr;
  const char* sql =
      "SELECT rowid, highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1 ORDER BY bm25(t), rowid";
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
    result.ok = false;
    result.error = sqlite3_errmsg(db);
    return result;
  }
  sqlite3_bind_text(stmt, 1, expression.data(), int(expression.size()), SQLITE_TRANSIENT);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    result.rowids.push_back(sqlite3_column_int64(stmt, 0));
    const unsigned char* text = sqlite3_column_text(stmt, 1);
    result.marked.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
  }
  if (rc != SQLITE_DONE) {
    result.ok = false;
    result.error = sqlite3_errmsg(db);
  }
  sqlite3_finalize(stmt);
  return result;
}

// What a search box does: build the expression; no token means no results, without asking.
QueryResult search(sqlite3* db, std::string_view user_text, bool any = false) {
  std::string expression =
      any ? build_match_expression_any(user_text) : build_match_expression(user_text);
  if (expression.empty()) return {};
  QueryResult result = run_match(db, expression);
  INFO("user text: ", user_text);
  INFO("expression: ", expression);
  INFO("error: ", result.error);
  CHECK(result.ok);
  return result;
}

std::vector<long long> sorted(std::vector<long long> v) {
  std::sort(v.begin(), v.end());
  return v;
}

using Ids = std::vector<long long>;

// Complaint-like rows used by the integration tests (rowids 1..8).
const char* const kRows[] = {
    "夜间施工噪声扰民，请城管部门处理。",                      // 1
    "餐饮油烟污染严重，噪声也大，噪声持续到深夜。",            // 2: 噪声 twice
    "有人在小区遛狗不拴绳。",                                  // 3
    "城市管理综合行政执法局负责城管执法。",                    // 4
    "低保申请由民政局受理。",                                  // 5
    "生态环境局负责大气污染防治，PM2.5超标时发布预警。",       // 6
    "Ｈｅｌｌｏ　ＷＯＲＬＤ，12345热线",                        // 7
    "狗粮店门口堆放杂物。",                                    // 8
};

void insert_rows(FtsDb& db) {
  for (const char* row : kRows) db.insert(row);
}

}  // namespace

TEST_CASE("fold_text: full-width ASCII, ideographic space, case; Chinese untouched") {
  CHECK(fold_text("ＡＢＣ１２３") == "abc123");
  CHECK(fold_text("Ｈｅｌｌｏ　ＷＯＲＬＤ！") == "hello world!");
  CHECK(fold_text("PM2.5 ABC xyz") == "pm2.5 abc xyz");
  CHECK(fold_text("（一）噪声，扰民；") == "(一)噪声,扰民;");  // U+FF08/FF09/FF0C/FF1B
  CHECK(fold_text("～＂＇") == "~\"'");                          // ends of the range
  CHECK(fold_text("生态环境局") == "生态环境局");
  CHECK(fold_text("。、“”《》😀") == "。、“”《》😀");           // not full-width ASCII
  CHECK(fold_text("") == "");
}

TEST_CASE("fold_text: invalid UTF-8 becomes U+FFFD and the result is always valid") {
  CHECK(fold_text("\xFF") == "\xEF\xBF\xBD");
  CHECK(fold_text("A\xE5\x99") == "a\xEF\xBF\xBD\xEF\xBF\xBD");  // 噪 cut short
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 500; ++round) {
    std::string text(std::size_t(1 + round % 41), '\0');
    for (char& c : text) c = char(byte(rng));
    CHECK(is_valid_utf8(fold_text(text)));
  }
}

TEST_CASE("tokenize: Chinese words are one bigram in query mode") {
  CHECK(query_tokens("噪声") == Texts{"噪声"});
  CHECK(query_tokens("城管") == Texts{"城管"});
  CHECK(query_tokens("低保") == Texts{"低保"});
  CHECK(query_tokens("生态环境局") == Texts{"生态", "态环", "环境", "境局"});
  CHECK(query_tokens("餐饮油烟") == Texts{"餐饮", "饮油", "油烟"});
}

TEST_CASE("tokenize: documents carry bigrams and every single character, interleaved") {
  CHECK(document_tokens("生态环境局") ==
        Texts{"生", "生态", "态", "态环", "环", "环境", "境", "境局", "局"});
  CHECK(document_tokens("遛狗") == Texts{"遛", "遛狗", "狗"});
  CHECK(document_tokens("狗") == Texts{"狗"});
}

TEST_CASE("tokenize: a 1-character run is that character in both modes") {
  CHECK(query_tokens("狗") == Texts{"狗"});
  CHECK(query_tokens("狗，猫") == Texts{"狗", "猫"});
  CHECK(query_tokens("A级") == Texts{"a", "级"});
  CHECK(document_tokens("A级") == Texts{"a", "级"});
}

TEST_CASE("tokenize: runs never cross punctuation, spaces or symbols") {
  CHECK(query_tokens("噪声，扰民") == Texts{"噪声", "扰民"});
  CHECK(query_tokens("（投诉）【紧急】“城管”《条例》〔2023〕") ==
        Texts{"投诉", "紧急", "城管", "条例", "2023"});
  CHECK(query_tokens("噪声。扰民、油烟；施工：夜间？罚款！‘低保’——“城管”……环保·卫生") ==
        Texts{"噪声", "扰民", "油烟", "施工", "夜间", "罚款", "低保", "城管", "环保", "卫生"});
  CHECK(query_tokens("噪声　扰民 油烟\t施工\n夜间") ==
        Texts{"噪声", "扰民", "油烟", "施工", "夜间"});
  CHECK(query_tokens("a,b;c!d?e(f)g[h]i{j}k<l>m/n\\o|p-q_r+s=t&u*v\"w'x`y~z") ==
        Texts{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
              "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"});
  CHECK(query_tokens("，。、；：？！“”‘’（）《》〔〕【】—…·").empty());
  CHECK(query_tokens("").empty());
  CHECK(query_tokens("   ").empty());
}

TEST_CASE("tokenize: ASCII words and numbers; '.' splits, so PM2.5 is pm2 + 5") {
  CHECK(query_tokens("PM2.5超标") == Texts{"pm2", "5", "超标"});
  CHECK(document_tokens("PM2.5超标") == Texts{"pm2", "5", "超", "超标", "标"});
  CHECK(query_tokens("12345热线") == Texts{"12345", "热线"});
  CHECK(query_tokens("COVID-19 Hello_World") == Texts{"covid", "19", "hello", "world"});
  CHECK(query_tokens("二〇二三年") == Texts{"二〇", "〇二", "二三", "三年"});
}

TEST_CASE("tokenize: full-width letters and digits fold into one ASCII token") {
  std::string text = "ＡＢＣ１２３";
  auto tokens = tokenize(text, TokenizeMode::kQuery);
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].text == "abc123");
  CHECK(tokens[0].start == 0);
  CHECK(tokens[0].end == 18);
  // Mixed half- and full-width is still one run.
  CHECK(query_tokens("ＰＭ2．5") == Texts{"pm2", "5"});
}

TEST_CASE("tokenize: other CJK ranges (Extension A, B, compatibility ideographs)") {
  // 㐀 U+3400, 𠀀 U+20000 (4 bytes), 豈 U+F900, 䶿 U+4DBF
  CHECK(query_tokens("㐀𠀀") == Texts{"㐀𠀀"});
  CHECK(query_tokens("豈") == Texts{"豈"});
  CHECK(document_tokens("䶿𠀀") == Texts{"䶿", "䶿𠀀", "𠀀"});
  check_offsets("a𠀀b㐀豈", TokenizeMode::kDocument);
}

TEST_CASE("tokenize: emoji and symbols separate and make no token") {
  CHECK(query_tokens("😀噪声🚧扰民👍") == Texts{"噪声", "扰民"});
  CHECK(query_tokens("👨‍👩‍👧‍👦").empty());  // ZWJ sequence
  CHECK(query_tokens("❤️️☎℃￥$%@#").empty());
  CHECK(query_tokens("噪😀声") == Texts{"噪", "声"});
  CHECK(query_tokens("café") == Texts{"caf"});  // non-ASCII letters separate
}

TEST_CASE("tokenize: invalid UTF-8 never crashes and separates like a symbol") {
  CHECK(query_tokens("噪\xFF声") == Texts{"噪", "声"});
  CHECK(query_tokens("噪声\xE5\x99") == Texts{"噪声"});  // last character cut short
  CHECK(query_tokens("\xE5\x99\xAA\xE5") == Texts{"噪"});
  CHECK(query_tokens("ab\xC0\xAF" "cd") == Texts{"ab", "cd"});
  std::mt19937 rng(20261101);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 1000; ++round) {
    std::string text(std::size_t(1 + round % 53), '\0');
    for (char& c : text) c = char(byte(rng));
    check_offsets(text, TokenizeMode::kDocument);
    check_offsets(text, TokenizeMode::kQuery);
  }
}

TEST_CASE("tokenize: offsets are byte offsets into the original text") {
  std::string text = "投诉：ＰＭ2.5超标，遛狗😀不拴绳　ABC";
  auto tokens = tokenize(text, TokenizeMode::kQuery);
  REQUIRE(texts(tokens) == Texts{"投诉", "pm2", "5", "超标", "遛狗", "不拴", "拴绳", "abc"});
  auto original = [&](const Token& t) {
    return text.substr(std::size_t(t.start), std::size_t(t.end - t.start));
  };
  CHECK(original(tokens[0]) == "投诉");
  CHECK(tokens[0].start == 0);
  CHECK(original(tokens[1]) == "ＰＭ2");
  CHECK(tokens[1].start == 9);
  CHECK(tokens[1].end == 16);
  CHECK(original(tokens[2]) == "5");
  CHECK(original(tokens[3]) == "超标");
  CHECK(original(tokens[4]) == "遛狗");
  CHECK(original(tokens[7]) == "ABC");
  CHECK(tokens[7].end == int(text.size()));
  check_offsets(text, TokenizeMode::kDocument);
  check_offsets(text, TokenizeMode::kQuery);
  for (const char* row : kRows) {
    check_offsets(row, TokenizeMode::kDocument);
    check_offsets(row, TokenizeMode::kQuery);
  }
}

TEST_CASE("tokenize: a long Chinese document (1 MB) in document mode") {
  const std::string sentence = "城市管理综合行政执法局负责城管执法，";  // 17 ideographs + '，'
  std::string text;
  while (text.size() < 1000000) text += sentence;
  std::size_t sentences = text.size() / sentence.size();
  auto tokens = tokenize(text, TokenizeMode::kDocument);
  CHECK(tokens.size() == sentences * (2 * 17 - 1));
  CHECK(tokenize(text, TokenizeMode::kQuery).size() == sentences * 16);
}

TEST_CASE("build_match_expression: quoted tokens joined by spaces, or nothing") {
  CHECK(build_match_expression("噪声") == "\"噪声\"");
  CHECK(build_match_expression("生态环境") == "\"生态\" \"态环\" \"环境\"");
  CHECK(build_match_expression("PM2.5 超标") == "\"pm2\" \"5\" \"超标\"");
  CHECK(build_match_expression("a OR b") == "\"a\" \"or\" \"b\"");
  CHECK(build_match_expression("NOT") == "\"not\"");
  CHECK(build_match_expression("body:x") == "\"body\" \"x\"");
  CHECK(build_match_expression("噪声 噪声，噪声") == "\"噪声\"");  // each token once
  CHECK(build_match_expression("") == "");
  CHECK(build_match_expression("\"'") == "");
  CHECK(build_match_expression("(") == "");
  CHECK(build_match_expression("*") == "");
  CHECK(build_match_expression("，。😀\xFF") == "");
  CHECK(build_match_expression_any("噪声 城管") == "\"噪声\" OR \"城管\"");
  CHECK(build_match_expression_any("噪声扰民") == "\"噪声\" OR \"声扰\" OR \"扰民\"");
  CHECK(build_match_expression_any("。") == "");
}

TEST_CASE("fts5: Chinese queries find the right rows") {
  FtsDb db;
  insert_rows(db);
  CHECK(sorted(search(db.handle(), "噪声").rowids) == Ids{1, 2});
  CHECK(sorted(search(db.handle(), "城管").rowids) == Ids{1, 4});
  CHECK(search(db.handle(), "低保").rowids == Ids{5});
  CHECK(search(db.handle(), "餐饮油烟").rowids == Ids{2});
  CHECK(search(db.handle(), "生态环境局").rowids == Ids{6});
  CHECK(search(db.handle(), "噪声 城管").rowids == Ids{1});      // AND
  CHECK(search(db.handle(), "噪声扰民").rowids == Ids{1});
  CHECK(search(db.handle(), "扰民噪声").rowids.empty());          // 民噪 is in no row
  CHECK(search(db.handle(), "PM2.5").rowids == Ids{6});
  CHECK(search(db.handle(), "pm2.5超标").rowids == Ids{6});
  CHECK(search(db.handle(), "hello").rowids == Ids{7});
  CHECK(search(db.handle(), "ＨＥＬＬＯ world").rowids == Ids{7});
  CHECK(search(db.handle(), "12345").rowids == Ids{7});
  CHECK(search(db.handle(), "垃圾分类").rowids.empty());
}

TEST_CASE("fts5: a single-character query matches inside words") {
  FtsDb db;
  insert_rows(db);
  CHECK(sorted(search(db.handle(), "狗").rowids) == Ids{3, 8});  // 遛狗, 狗粮
  CHECK(sorted(search(db.handle(), "局").rowids) == Ids{4, 5, 6});
  CHECK(search(db.handle(), "遛狗").rowids == Ids{3});
  CHECK(search(db.handle(), "狗 绳").rowids == Ids{3});
}

TEST_CASE("fts5: the OR variant finds rows sharing any token, best first") {
  FtsDb db;
  insert_rows(db);
  QueryResult r = search(db.handle(),
                         "我要投诉：楼下餐饮店油烟很大，晚上还有施工噪声，城管也不管！", true);
  REQUIRE(r.rowids.size() >= 3);
  CHECK(sorted(r.rowids) == Ids{1, 2, 4});
  CHECK(r.rowids[2] == 4);  // only 城管; rows 1 and 2 share more
}

TEST_CASE("fts5: whatever the user types, MATCH never fails") {
  FtsDb db;
  insert_rows(db);
  // Typed raw, some of these are syntax errors: that is what build_match_expression prevents.
  CHECK_FALSE(run_match(db.handle(), "\"噪声").ok);
  CHECK_FALSE(run_match(db.handle(), "(").ok);
  CHECK_FALSE(run_match(db.handle(), "噪声 AND").ok);
  CHECK_FALSE(run_match(db.handle(), "title:噪声").ok);  // no such column

  const char* const hostile[] = {
      "\"'",  "a OR b", "(",      "NOT",  "body:x", "*",     "噪声*", "\"噪声\"", "^噪声",
      "NEAR(噪声 城管)", "噪声 AND", "OR 噪声", "噪声 NOT 城管", "{body}: 噪声", "- 噪声",
      "+", "\"\"\"\"", "'; DROP TABLE t; --", "\\", "噪声\" OR \"城管", "\x01\x02", "\xFF\xFE",
  };
  for (const char* text : hostile) {
    CAPTURE(text);
    search(db.handle(), text);
    search(db.handle(), text, /*any=*/true);
  }
  // Operators are just words: these find rows by their Chinese part.
  CHECK(search(db.handle(), "^噪声").rowids.size() == 2);
  CHECK(search(db.handle(), "\"噪声\"").rowids.size() == 2);
  CHECK(search(db.handle(), "噪声*").rowids.size() == 2);
  CHECK(search(db.handle(), "噪声\" AND \"城管").rowids.empty());  // needs "and" too
  CHECK(search(db.handle(), "a OR b").rowids.empty());

  // 10,000-character pastes of mixed junk, quotes included.
  const std::vector<std::string> alphabet = {
      "\"", "'", "*", "(", ")", ":", "^", "-", "+", " ", "AND", "OR", "NOT", "NEAR", "a", "Z",
      "7", ".", ",", "噪", "声", "城", "管", "狗", "，", "“", "”", "😀", "\xFF", "\t", "ｂ", "{"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  for (int round = 0; round < 5; ++round) {
    std::string paste;
    for (int i = 0; i < 10000; ++i) paste += alphabet[pick(rng)];
    search(db.handle(), paste);
    search(db.handle(), paste, /*any=*/true);
  }
}

TEST_CASE("fts5: bm25() ranks a row with the word twice above one with it once") {
  FtsDb db;
  long long once = db.insert("噪声扰民请尽快处理好吗");   // 11 characters, 噪声 once
  long long twice = db.insert("噪声扰民噪声扰民请处理");  // 11 characters, 噪声 twice
  db.insert("油烟扰民请尽快处理好吗");
  QueryResult r = search(db.handle(), "噪声");
  CHECK(r.rowids == Ids{twice, once});
  FtsDb db2;
  db2.insert("夜里噪声大");
  long long twice2 = db2.insert("噪声噪声大");
  db2.insert("油烟扰民");
  CHECK(search(db2.handle(), "噪").rowids.front() == twice2);
}

TEST_CASE("fts5: highlight() marks the original text") {
  FtsDb db;
  insert_rows(db);
  auto marked = [&](std::string_view query) {
    QueryResult r = search(db.handle(), query);
    std::vector<std::string> out = r.marked;
    std::vector<std::pair<long long, std::string>> by_row;
    for (std::size_t i = 0; i < r.rowids.size(); ++i) by_row.emplace_back(r.rowids[i], out[i]);
    std::sort(by_row.begin(), by_row.end());
    out.clear();
    for (auto& p : by_row) out.push_back(p.second);
    return out;
  };
  CHECK(marked("噪声") == Texts{"夜间施工[噪声]扰民，请城管部门处理。",
                                 "餐饮油烟污染严重，[噪声]也大，[噪声]持续到深夜。"});
  CHECK(marked("生态环境") == Texts{"[生态环境]局负责大气污染防治，PM2.5超标时发布预警。"});
  CHECK(marked("狗") == Texts{"有人在小区遛[狗]不拴绳。", "[狗]粮店门口堆放杂物。"});
  CHECK(marked("城管 夜间") ==
        Texts{"[夜间]施工噪声扰民，请[城管]部门处理。"});
  CHECK(marked("ｈｅｌｌｏ 12345") == Texts{"[Ｈｅｌｌｏ]　ＷＯＲＬＤ，[12345]热线"});
  CHECK(marked("PM2.5") == Texts{"生态环境局负责大气污染防治，[PM2].[5]超标时发布预警。"});
  // Hits that touch merge into one mark.
  CHECK(marked("城管执法") == Texts{"城市管理综合行政[执法]局负责[城管执法]。"});
}

TEST_CASE("fts5: the tokenizer must be registered on every connection") {
  FtsDb builder;
  insert_rows(builder);
  // What the builder ships: the serialized image, opened elsewhere.
  sqlite3_int64 size = 0;
  unsigned char* image = sqlite3_serialize(builder.handle(), "main", &size, 0);
  REQUIRE(image);

  auto open_copy = [&](bool register_it) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    if (register_it) REQUIRE(register_fts5_tokenizer(db));
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(size)));
    REQUIRE(copy);
    std::copy(image, image + size, copy);
    REQUIRE(sqlite3_deserialize(db, "main", copy, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) ==
            SQLITE_OK);
    return db;
  };

  sqlite3* reader = open_copy(true);
  CHECK(sorted(search(reader, "噪声").rowids) == Ids{1, 2});
  CHECK(sorted(search(reader, "狗").rowids) == Ids{3, 8});
  // Registering again on the same connection is harmless.
  CHECK(register_fts5_tokenizer(reader));
  CHECK(search(reader, "城管").rowids.size() == 2);
  sqlite3_close(reader);

  sqlite3* unregistered = open_copy(false);
  QueryResult r = run_match(unregistered, build_match_expression("噪声"));
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("dutyatlas") != std::string::npos);
  sqlite3_close(unregistered);
  sqlite3_free(image);

  CHECK_FALSE(register_fts5_tokenizer(nullptr));
}

TEST_CASE("fts5: the tokenizer takes no options") {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
  REQUIRE(register_fts5_tokenizer(db));
  CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE u USING fts5(body, tokenize='dutyatlas x')",
                     nullptr, nullptr, nullptr) != SQLITE_OK);
  sqlite3_close(db);
}
