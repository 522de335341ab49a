// Since bundle schema 5 the search index is not in the bundle: a reader builds it when it opens
// one (core/search/search_index.h, DutyDatabase). On the full demo district (assets/demo): the
// index built at open from the bundle's text and `lexicon` table is the builder's in-build index,
// row for row and term for term, and answers the same queries with the same rows in the same
// order — a lexicon word (穿山甲) among them; built in slices (the client) it is the same again,
// and 谁来管 answers the same. The bundle holds the lexicon, not the index, and a bundle that
// brings its own `search` table is refused. SubstringSet answers as std::string::find.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <cstring>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "builder/bundle_writer.h"
#include "builder/source_reader.h"
#include "core/base/sqlite_statement.h"
#include "core/search/search.h"
#include "core/search/search_index.h"
#include "core/search/substring_set.h"
#include "core/search/tokenizer.h"
#include "core/search/who.h"
#include "schema_drift.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

// A raw connection on an image: no guard, no index built (to read what the builder wrote).
struct RawImage {
  sqlite3* db = nullptr;
  explicit RawImage(const std::vector<std::uint8_t>& image) {
    sqlite3_open(":memory:", &db);
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    std::memcpy(copy, image.data(), image.size());
    sqlite3_deserialize(db, "main", copy, sqlite3_int64(image.size()), sqlite3_int64(image.size()),
                        SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    register_fts5_tokenizer(db);
  }
  ~RawImage() { sqlite3_close(db); }
};

using Rows = std::vector<std::vector<std::string>>;

Rows rows_of(sqlite3* db, const std::string& sql, int columns, const std::string& parameter = "") {
  Rows rows;
  Statement q(db, sql.c_str());
  if (!parameter.empty()) q.bind(1, parameter);
  while (q.step()) {
    std::vector<std::string> row;
    for (int i = 0; i < columns; ++i) row.push_back(q.text(i));
    rows.push_back(std::move(row));
  }
  return rows;
}

bool has_table(sqlite3* db, const char* name) {
  Statement q(db, "SELECT 1 FROM sqlite_schema WHERE name = ?1");
  q.bind(1, std::string(name));
  return q.step();
}

struct Demo {
  builder::Source source;
  builder::DatabaseImage kept, bundle;  // the builder's index kept (reference) / the bundle's image
  Demo() {
    builder::Diagnostics diagnostics;
    source = builder::read_source_folder((source_root() / "assets" / "demo").string(), &diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    kept = builder::write_database_image(source.dataset, source.history, source.lexicon,
                                         builder::SearchTables::kKeep);
    bundle = builder::write_database_image(source.dataset, source.history, source.lexicon);
  }
};

const Demo& demo() {
  static Demo d;
  return d;
}

const char* const kQueries[] = {"穿山甲", "油烟", "噪声", "噪音", "楼上漏水", "城管", "环境",
                                "行政处罚", "示编〔2021〕", "工资不发", "营业执照", "食品 安全"};

}  // namespace

TEST_CASE("search index at open: the bundle holds the lexicon, not the index") {
  RawImage raw(demo().bundle.bytes);
  CHECK_FALSE(has_table(raw.db, "search"));
  CHECK_FALSE(has_table(raw.db, "search_vocab"));
  Statement count(raw.db, "SELECT count(*) FROM lexicon");
  REQUIRE(count.step());
  CHECK(std::size_t(count.integer(0)) == demo().source.lexicon.size());
  CHECK(demo().source.lexicon.size() > 50);
  // The lines read back as the builder had them, in order.
  const std::vector<LexiconLine> lines = read_lexicon_table(raw.db);
  REQUIRE(lines.size() == demo().source.lexicon.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].word == demo().source.lexicon[i].word);
    CHECK(lines[i].terms == demo().source.lexicon[i].terms);
    CHECK(lines[i].topic == demo().source.lexicon[i].topic);
  }
  CHECK(demo().bundle.counts.at("search") == demo().kept.counts.at("search"));
  // Uncompressed 6.1 MB instead of 9.7 MB; compressed (the download) 321 kB instead of 1,147 kB.
  CHECK(demo().bundle.bytes.size() < demo().kept.bytes.size() * 2 / 3);
}

TEST_CASE("search index at open: the same index and the same answers as the builder's") {
  RawImage reference(demo().kept.bytes);
  auto opened = open_image(demo().bundle);
  REQUIRE(opened->search_ready());
  sqlite3* db = opened->handle();

  const std::string all_rows =
      "SELECT rowid, kind, ref, body_id, title, text, keywords, owner FROM search ORDER BY rowid";
  const Rows expected_rows = rows_of(reference.db, all_rows, 8);
  CHECK(expected_rows.size() > 5000);
  CHECK(rows_of(db, all_rows, 8) == expected_rows);
  const std::string vocabulary = "SELECT term, doc, cnt FROM search_vocab ORDER BY term";
  CHECK(rows_of(db, vocabulary, 3) == rows_of(reference.db, vocabulary, 3));

  const std::string ranked =
      "SELECT rowid, kind, ref, printf('%.9f', bm25(search)) FROM search WHERE search MATCH ?1 "
      "ORDER BY rank, rowid";
  for (const char* query : kQueries) {
    CAPTURE(query);
    const std::string match = build_match_expression(query);
    const Rows expected = rows_of(reference.db, ranked, 4, match);
    CHECK(rows_of(db, ranked, 4, match) == expected);
    CHECK_FALSE(expected.empty());
  }
  // 穿山甲 is in none of the demo's text: only the general lexicon's line (野生动物) finds it.
  const Rows pangolin = rows_of(db, ranked, 4, build_match_expression("穿山甲"));
  REQUIRE_FALSE(pangolin.empty());
  Statement text(db, "SELECT keywords FROM search WHERE rowid = ?1");
  text.bind(1, std::stoll(pangolin.front()[0]));
  REQUIRE(text.step());
  CHECK(has(text.text(0), "穿山甲"));
}

TEST_CASE("search index at open: built in slices it is the same, and 谁来管 answers the same") {
  auto at_open = open_image(demo().bundle);
  std::string error;
  auto later = DutyDatabase::open_image(demo().bundle.bytes.data(), demo().bundle.bytes.size(),
                                        &error, SearchIndexAt::kLater);
  REQUIRE(later);
  CHECK_FALSE(later->search_ready());
  CHECK_THROWS_AS(search(*later, "环境"), SearchUnavailable);
  CHECK_THROWS_AS(who_handles(*later, "楼下烧烤店油烟太大"), SearchUnavailable);
  int slices = 0;
  while (!later->search_ready()) {
    REQUIRE(later->build_search_slice(300, &error));
    ++slices;
  }
  CHECK(slices > 15);
  // Merged into one segment, a piece per slice, as the one-go build's 'optimize' leaves it.
  const std::string segments = "SELECT count(DISTINCT segid) FROM search_idx";
  CHECK(rows_of(later->handle(), segments, 1) == Rows{{"1"}});
  CHECK(rows_of(at_open->handle(), segments, 1) == Rows{{"1"}});
  const std::string all_rows =
      "SELECT rowid, kind, ref, body_id, title, text, keywords, owner FROM search ORDER BY rowid";
  CHECK(rows_of(later->handle(), all_rows, 8) == rows_of(at_open->handle(), all_rows, 8));
  for (const char* complaint : {"楼下烧烤店油烟太大，晚上还很吵", "小区里发现一只穿山甲", "老板拖欠工资三个月不发",
                                "楼上漏水到我家", "路边占道经营"}) {
    CAPTURE(complaint);
    auto a = who_handles(*at_open, complaint);
    auto b = who_handles(*later, complaint);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].body_id == b[i].body_id);
      CHECK(a[i].group == b[i].group);
      CHECK(a[i].score == doctest::Approx(b[i].score));
    }
  }
  CHECK_FALSE(who_handles(*later, "楼下烧烤店油烟太大，晚上还很吵").empty());
}

TEST_CASE("search index at open: a bundle that brings its own search table is refused") {
  for (const char* sql : {"CREATE TABLE search(x)",
                          "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, "
                          "body_id UNINDEXED, title, text, keywords, owner, tokenize = 'dutyatlas')",
                          "DROP TABLE lexicon"}) {
    CAPTURE(sql);
    auto image = drift_image(demo().bundle.bytes, sql);
    std::string error;
    CHECK_FALSE(DutyDatabase::open_image(image.data(), image.size(), &error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("substring set: the same answers as std::string::find") {
  std::mt19937 random(13);
  const std::vector<std::string> alphabet = {"a", "b", "噪", "声", "油", "烟", " ", "\xe5", "\x80"};
  auto text_of = [&](int length) {
    std::string s;
    for (int i = 0; i < length; ++i) s += alphabet[random() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 50; ++round) {
    SubstringSet set;
    std::vector<std::pair<std::string, int>> words;
    for (int i = 0; i < 30; ++i) {
      std::string w = text_of(int(random() % 4));
      words.push_back({w, set.add(w)});
    }
    for (int t = 0; t < 20; ++t) {
      const std::string text = text_of(int(random() % 40));
      set.scan(text);
      for (const auto& entry : words) {  // not a structured binding: clang 14 cannot CAPTURE one
        const std::string& word = entry.first;
        CAPTURE(word);
        CAPTURE(text);
        CHECK(set.contains(entry.second) == (text.find(word) != std::string::npos));
      }
    }
  }
}
