// The CSV reader on lists as Excel saves them: UTF-8 with or without BOM, GBK/GB18030 found
// automatically or declared, RFC 4180 quoting (commas, quotes and line breaks inside cells),
// CRLF; every cell keeps the line and column (in characters) it starts at, and broken files are
// reported with file, line, column and hint while the good rows are still read.
#include <doctest/doctest.h>

#include <iconv.h>

#include <optional>
#include <string>
#include <vector>

#include "builder/csv_reader.h"
#include "builder/diagnostics.h"
#include "test_support.h"

using dutyatlas::builder::ListCell;
using dutyatlas::builder::CsvEncoding;
using dutyatlas::builder::ListTable;
using dutyatlas::builder::Diagnostic;
using dutyatlas::builder::Diagnostics;
using dutyatlas::builder::format_diagnostic;
using dutyatlas::builder::read_csv;
using dutyatlas::builder::split_list_cell;
using dutyatlas::test::TempDir;
using dutyatlas::test::write_file;
using Severity = dutyatlas::builder::Diagnostic::Severity;

namespace {

// "行政处罚" in GBK (and GB18030).
const std::string kGbkPenalty = "\xD0\xD0\xD5\xFE\xB4\xA6\xB7\xA3";

struct Result {
  std::optional<ListTable> table;
  Diagnostics diagnostics;
  std::string log;  // every diagnostic, one per line, for INFO()
};

// Writes `bytes` as lists/test.csv in a fresh folder and reads it back.
Result read_bytes(const std::string& bytes, CsvEncoding encoding = CsvEncoding::kAuto) {
  TempDir dir;
  write_file(dir / "lists/test.csv", bytes);
  Result r;
  r.table = read_csv(dir.path(), "lists/test.csv", encoding, &r.diagnostics);
  for (const auto& d : r.diagnostics.all()) r.log += format_diagnostic(d) + "\n";
  return r;
}

// "line:column", so a failing check shows both.
std::string at(const ListCell& cell) {
  return std::to_string(cell.line) + ":" + std::to_string(cell.column);
}
std::string at(const Diagnostic& d) { return std::to_string(d.line) + ":" + std::to_string(d.column); }

std::vector<std::string> texts(const std::vector<ListCell>& cells) {
  std::vector<std::string> out;
  for (const auto& cell : cells) out.push_back(cell.text);
  return out;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// UTF-8 → GB18030 with glibc's iconv, as Excel on a Chinese Windows would save the text.
std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  std::size_t rc = iconv(cd, &in, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  REQUIRE(rc != static_cast<std::size_t>(-1));
  out.resize(std::size_t(out_ptr - out.data()));
  return out;
}

// The table of a file expected to read without any diagnostic.
ListTable clean(const Result& r) {
  INFO(r.log);
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.table.has_value());
  return *r.table;
}

// The only diagnostic of a file expected to give exactly one error.
Diagnostic only_error(const Result& r) {
  INFO(r.log);
  REQUIRE(r.diagnostics.all().size() == 1);
  REQUIRE(r.diagnostics.error_count() == 1);
  return r.diagnostics.all()[0];
}

}  // namespace

TEST_CASE("csv reader: plain UTF-8 with positions in characters") {
  ListTable t = clean(read_bytes("事项编码,事项名称,实施主体\n"
                                "XK-001,排污许可,区生态环境局\n"
                                "CF-002,  对噪声污染的处罚　,区生态环境局、区城管局\n"));
  CHECK(t.file == "lists/test.csv");
  CHECK(t.header == std::vector<std::string>{"事项编码", "事项名称", "实施主体"});
  CHECK(t.column_of("事项名称") == 1);
  CHECK(t.column_of("实施主体") == 2);
  CHECK(t.column_of("责任主体") == -1);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 2);
  CHECK(texts(t.rows[0].cells) == std::vector<std::string>{"XK-001", "排污许可", "区生态环境局"});
  CHECK(at(t.rows[0].cells[0]) == "2:1");
  CHECK(at(t.rows[0].cells[1]) == "2:8");
  CHECK(at(t.rows[0].cells[2]) == "2:13");  // 排污许可 is four characters, not twelve bytes
  // ASCII and full-width spaces around a cell are trimmed; the cell starts after the comma.
  CHECK(t.rows[1].cells[1].text == "对噪声污染的处罚");
  CHECK(at(t.rows[1].cells[1]) == "3:8");
  CHECK(at(t.rows[1].cells[2]) == "3:20");
}

TEST_CASE("csv reader: header names are trimmed, and the last row may lack a newline") {
  ListTable t = clean(read_bytes(" 词 ,\xE3\x80\x80同义词\t\n噪音,噪声\n城管,综合行政执法"));
  CHECK(t.header == std::vector<std::string>{"词", "同义词"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].line == 3);
  CHECK(texts(t.rows[1].cells) == std::vector<std::string>{"城管", "综合行政执法"});
}

TEST_CASE("csv reader: a UTF-8 BOM is stripped") {
  for (CsvEncoding encoding : {CsvEncoding::kAuto, CsvEncoding::kUtf8}) {
    ListTable t = clean(read_bytes("\xEF\xBB\xBF事项编码,事项名称\nXK-001,排污许可\n", encoding));
    CHECK(t.header[0] == "事项编码");
    CHECK(t.column_of("事项编码") == 0);
    REQUIRE(t.rows.size() == 1);
    CHECK(at(t.rows[0].cells[0]) == "2:1");
    CHECK(at(t.rows[0].cells[1]) == "2:8");
  }
}

TEST_CASE("csv reader: GBK / GB18030 bytes, found automatically or declared") {
  SUBCASE("hard-coded GBK bytes") {
    std::string bytes = "code,type\r\nCF-001," + kGbkPenalty + "\r\n";
    for (CsvEncoding encoding : {CsvEncoding::kAuto, CsvEncoding::kGb18030}) {
      ListTable t = clean(read_bytes(bytes, encoding));
      REQUIRE(t.rows.size() == 1);
      CHECK(t.rows[0].cells[1].text == "行政处罚");
    }
  }
  SUBCASE("a whole file saved as GB18030, with a four-byte character") {
    std::string utf8 =
        "事项编码,事项名称,事项类型\n"
        "CF-001,\"对违反《条例》第三条，擅自排污的处罚\",行政处罚\n"
        "QT-002,𠀀字号登记,其他行政权力\n";
    std::string gb = to_gb18030(utf8);
    REQUIRE(gb != utf8);
    for (CsvEncoding encoding : {CsvEncoding::kAuto, CsvEncoding::kGb18030}) {
      ListTable t = clean(read_bytes(gb, encoding));
      CHECK(t.header == std::vector<std::string>{"事项编码", "事项名称", "事项类型"});
      REQUIRE(t.rows.size() == 2);
      CHECK(t.rows[0].cells[1].text == "对违反《条例》第三条，擅自排污的处罚");
      CHECK(t.rows[0].cells[2].text == "行政处罚");
      CHECK(at(t.rows[0].cells[2]) == "2:29");  // columns count decoded characters
      CHECK(t.rows[1].cells[1].text == "𠀀字号登记");
      CHECK(at(t.rows[1].cells[2]) == "3:14");
    }
  }
  SUBCASE("declared GB18030, an invalid byte is reported with its line") {
    Result r = read_bytes("code,type\nCF-001," + kGbkPenalty + "\nCF-002,\xFF\n",
                          CsvEncoding::kGb18030);
    CHECK_FALSE(r.table.has_value());
    Diagnostic d = only_error(r);
    CHECK(d.file == "lists/test.csv");
    CHECK(at(d) == "3:8");
    CHECK(has(d.message, "GB18030"));
    CHECK(has(d.message, "0xFF"));
    CHECK_FALSE(d.hint.empty());
  }
  SUBCASE("declared GB18030 but saved as UTF-8 with a BOM") {
    Result r = read_bytes("\xEF\xBB\xBF事项编码\nXK-001\n", CsvEncoding::kGb18030);
    CHECK_FALSE(r.table.has_value());
    Diagnostic d = only_error(r);
    CHECK(has(d.message, "UTF-8"));
    CHECK(has(d.hint, "csv_encoding"));
  }
}

TEST_CASE("csv reader: invalid UTF-8") {
  SUBCASE("declared utf-8: an error naming the line and column of the bad byte; the other rows are read") {
    Result r = read_bytes("code,name\nXK-001,排污许可\nCF-002,甲" + kGbkPenalty + "\n",
                          CsvEncoding::kUtf8);
    REQUIRE(r.table.has_value());
    REQUIRE(r.table->rows.size() == 1);  // the row with the bad byte is left out
    CHECK(r.table->rows[0].cells[0].text == "XK-001");
    Diagnostic d = only_error(r);
    CHECK(d.severity == Severity::kError);
    CHECK(d.file == "lists/test.csv");
    CHECK(at(d) == "3:9");
    CHECK(has(d.message, "UTF-8"));
    CHECK(has(d.message, "0xD0"));
    CHECK(has(d.hint, "gb18030"));
  }
  SUBCASE("auto with a BOM: the file says it is UTF-8, so it is not read as GBK") {
    Result r = read_bytes("\xEF\xBB\xBF" "code,type\nCF-001," + kGbkPenalty + "\n");
    REQUIRE(r.table.has_value());
    CHECK(r.table->rows.empty());
    CHECK(at(only_error(r)) == "2:8");
  }
  SUBCASE("declared utf-8, bad bytes on many lines: the file is in another encoding, one message") {
    std::string text = "code,name\n";
    for (int i = 0; i < 10; ++i) text += "CF-00" + std::to_string(i) + "," + kGbkPenalty + "\n";
    Result r = read_bytes(text, CsvEncoding::kUtf8);
    CHECK_FALSE(r.table.has_value());
    CHECK(at(only_error(r)) == "2:8");
  }
  SUBCASE("auto, neither UTF-8 nor GB18030, a slip on one line: that row is left out, the rest read") {
    Result r = read_bytes("code,name\nXK-001,甲,x\xFFy\nXK-002,乙\n");
    REQUIRE(r.table.has_value());
    REQUIRE(r.table->rows.size() == 1);
    CHECK(r.table->rows[0].cells[0].text == "XK-002");
    Diagnostic d = only_error(r);
    CHECK(at(d) == "2:11");
    CHECK(has(d.message, "UTF-8"));
    CHECK(has(d.message, "left out"));
  }
  SUBCASE("auto, neither UTF-8 nor GB18030 on many lines: the error of the encoding that got further") {
    std::string text = "code,name\n";
    for (int i = 0; i < 5; ++i) text += "XK-00" + std::to_string(i) + ",甲,x\xFFy\n";
    Result r = read_bytes(text);
    CHECK_FALSE(r.table.has_value());
    Diagnostic d = only_error(r);
    CHECK(at(d) == "2:11");
    CHECK(has(d.message, "not GB18030 either"));
  }
}

TEST_CASE("csv reader: quoted cells hold commas, quotes and line breaks") {
  ListTable t = clean(read_bytes(
      "编号,事项,依据\n"
      "1,\"噪声污染,含夜间施工\",\"《噪声法》第\"\"八\"\"条\"\n"
      "2,\"第一行\n第二行\n第三行\",\"\"\n"
      "3, \"前后有空格\" ,末\n"
      "4,\"\"\"\",\"a\"\"\"\n"));
  REQUIRE(t.rows.size() == 4);
  CHECK(texts(t.rows[0].cells) ==
        std::vector<std::string>{"1", "噪声污染,含夜间施工", "《噪声法》第\"八\"条"});
  CHECK(at(t.rows[0].cells[2]) == "2:16");
  CHECK(texts(t.rows[1].cells) == std::vector<std::string>{"2", "第一行\n第二行\n第三行", ""});
  CHECK(t.rows[1].line == 3);
  CHECK(at(t.rows[1].cells[1]) == "3:3");  // where the cell starts, not where it ends
  CHECK(at(t.rows[1].cells[2]) == "5:6");
  // Lines after a multi-line cell are still counted right.
  CHECK(t.rows[2].line == 6);
  CHECK(texts(t.rows[2].cells) == std::vector<std::string>{"3", "前后有空格", "末"});
  CHECK(at(t.rows[2].cells[2]) == "6:13");
  CHECK(t.rows[3].line == 7);
  CHECK(texts(t.rows[3].cells) == std::vector<std::string>{"4", "\"", "a\""});
}

TEST_CASE("csv reader: CRLF line ends, also inside quoted cells, and a lone CR") {
  ListTable t = clean(read_bytes("a,b\r\n1,\"x\r\ny\"\r\n\r\n2,z\r3,w\r\n"));
  CHECK(t.header == std::vector<std::string>{"a", "b"});
  REQUIRE(t.rows.size() == 3);
  CHECK(texts(t.rows[0].cells) == std::vector<std::string>{"1", "x\ny"});
  CHECK(t.rows[1].line == 5);  // line 4 is blank
  CHECK(texts(t.rows[1].cells) == std::vector<std::string>{"2", "z"});
  CHECK(t.rows[2].line == 6);
  CHECK(texts(t.rows[2].cells) == std::vector<std::string>{"3", "w"});
}

TEST_CASE("csv reader: blank lines and Excel's empty rows are skipped") {
  ListTable t = clean(read_bytes("\n\na,b,c,,\n1,2,3,,\n,,,,\n\n  ,　,\n4,5,6,,\n"));
  CHECK(t.header == std::vector<std::string>{"a", "b", "c"});  // trailing empty names dropped
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 4);
  CHECK(t.rows[0].cells.size() == 3);
  CHECK(t.rows[1].line == 8);
  CHECK(texts(t.rows[1].cells) == std::vector<std::string>{"4", "5", "6"});
}

TEST_CASE("csv reader: an unterminated quote is reported where it opened") {
  Result r = read_bytes("编号,事项\n1,甲\n2,\"乙,\n3,丙\n4,丁\n");
  Diagnostic d = only_error(r);
  CHECK(d.file == "lists/test.csv");
  CHECK(at(d) == "3:3");
  CHECK(d.field == "事项");
  CHECK(has(d.message, "unterminated"));
  CHECK_FALSE(d.hint.empty());
  // The rows before it are read; the quote swallowed the rest of the file.
  REQUIRE(r.table.has_value());
  REQUIRE(r.table->rows.size() == 1);
  CHECK(r.table->rows[0].cells[1].text == "甲");
}

TEST_CASE("csv reader: a quote in the middle of an unquoted cell") {
  SUBCASE("a stray quote: reported at the quote, the row is skipped") {
    Result r = read_bytes("编号,事项,依据\n1,甲,x\n2,乙,《条例》第\"八\"条\n3,丙,z\n");
    Diagnostic d = only_error(r);
    CHECK(at(d) == "3:10");
    CHECK(d.field == "依据");
    CHECK(has(d.message, "quote"));
    CHECK(has(d.hint, "\"\""));
    REQUIRE(r.table.has_value());
    REQUIRE(r.table->rows.size() == 2);
    CHECK(r.table->rows[0].cells[0].text == "1");
    CHECK(r.table->rows[1].cells[0].text == "3");
    CHECK(r.table->rows[1].line == 4);
  }
  SUBCASE("text after a closing quote") {
    Result r = read_bytes("a,b\n\"x\"y,z\n1,2\n");
    Diagnostic d = only_error(r);
    CHECK(at(d) == "2:4");
    CHECK(d.field == "a");
    REQUIRE(r.table.has_value());
    REQUIRE(r.table->rows.size() == 1);
    CHECK(r.table->rows[0].line == 3);
  }
  SUBCASE("in the header: no table, since the columns are unknown") {
    Result r = read_bytes("a,b\"c\n1,2\n");
    CHECK(at(only_error(r)) == "1:4");
    CHECK_FALSE(r.table.has_value());
  }
}

TEST_CASE("csv reader: rows with more cells than the header are errors") {
  Result r = read_bytes("编号,事项\n1,甲\n2,乙,多余,\n3,丙,,\n");
  Diagnostic d = only_error(r);
  CHECK(at(d) == "3:5");  // the first extra cell
  CHECK(has(d.message, "3 cells"));
  CHECK(has(d.message, "2 columns"));
  CHECK_FALSE(d.hint.empty());
  REQUIRE(r.table.has_value());
  REQUIRE(r.table->rows.size() == 2);  // row 3 is skipped; row 4's extra cells are empty
  CHECK(r.table->rows[1].line == 4);
  CHECK(texts(r.table->rows[1].cells) == std::vector<std::string>{"3", "丙"});
}

TEST_CASE("csv reader: rows with fewer cells are padded with empty cells") {
  ListTable t = clean(read_bytes("编号,事项,依据,备注\n1,甲\n2\n"));
  REQUIRE(t.rows.size() == 2);
  CHECK(texts(t.rows[0].cells) == std::vector<std::string>{"1", "甲", "", ""});
  CHECK(at(t.rows[0].cells[2]) == "2:4");  // the end of the row
  CHECK(texts(t.rows[1].cells) == std::vector<std::string>{"2", "", "", ""});
  CHECK(at(t.rows[1].cells[3]) == "3:2");
}

TEST_CASE("csv reader: header problems") {
  SUBCASE("a duplicate column name is an error; column_of finds the first") {
    Result r = read_bytes("编号,事项,依据,事项\n1,甲,x,乙\n");
    Diagnostic d = only_error(r);
    CHECK(at(d) == "1:10");
    CHECK(d.field == "事项");
    CHECK(has(d.message, "duplicate"));
    CHECK(has(d.message, "column 2"));
    REQUIRE(r.table.has_value());
    CHECK(r.table->column_of("事项") == 1);
    REQUIRE(r.table->rows.size() == 1);
    CHECK(r.table->rows[0].cells.size() == 4);
  }
  SUBCASE("an unnamed column in the middle is a warning") {
    Result r = read_bytes("编号,,事项\n1,x,甲\n");
    INFO(r.log);
    CHECK(r.diagnostics.error_count() == 0);
    REQUIRE(r.diagnostics.warning_count() == 1);
    CHECK(at(r.diagnostics.all()[0]) == "1:4");
    REQUIRE(r.table.has_value());
    CHECK(r.table->column_of("事项") == 2);
  }
}

TEST_CASE("csv reader: empty and missing files") {
  for (const char* bytes : {"", "\xEF\xBB\xBF", "\n\r\n\n", ",,,\n  \n"}) {
    std::string shown = bytes;
    CAPTURE(shown);
    Result r = read_bytes(bytes);
    CHECK_FALSE(r.table.has_value());
    Diagnostic d = only_error(r);
    CHECK(d.file == "lists/test.csv");
    CHECK(has(d.message, "empty"));
  }
  SUBCASE("a header without rows is a table without rows") {
    ListTable t = clean(read_bytes("编号,事项\n"));
    CHECK(t.header.size() == 2);
    CHECK(t.rows.empty());
  }
  SUBCASE("a file that does not exist") {
    TempDir dir;
    Diagnostics diagnostics;
    auto table = read_csv(dir.path(), "nope.csv", CsvEncoding::kAuto,
                          &diagnostics);
    CHECK_FALSE(table.has_value());
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].file == "nope.csv");
  }
}

TEST_CASE("split_list_cell") {
  using V = std::vector<std::string>;
  CHECK(split_list_cell("区财政局、区审计局") == V{"区财政局", "区审计局"});
  CHECK(split_list_cell(" 区财政局 、　区审计局，区统计局;区税务局；区人社局, 区医保局 ") ==
        V{"区财政局", "区审计局", "区统计局", "区税务局", "区人社局", "区医保局"});
  CHECK(split_list_cell("区财政局、、 、区审计局、") == V{"区财政局", "区审计局"});
  CHECK(split_list_cell("区财政局") == V{"区财政局"});
  CHECK(split_list_cell("") == V{});
  CHECK(split_list_cell(" 、 ") == V{});
}
