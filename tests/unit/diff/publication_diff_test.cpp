// The change report (core/diff/publication_diff.h) and its loader (builder/publication_loader.h):
// two source trees, copies of the first demo (tests/data/first-demo) with changes made on
// purpose, compared.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "builder/build_command.h"
#include "builder/publication_loader.h"
#include "core/diff/publication_diff.h"

namespace dutyatlas {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Own small helpers, so this file does not depend on test_support.h.
class DiffTempDir {
 public:
  DiffTempDir() {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = fs::temp_directory_path() / ("dutyatlas-diff-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(stamp) + "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~DiffTempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  DiffTempDir(const DiffTempDir&) = delete;
  DiffTempDir& operator=(const DiffTempDir&) = delete;
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void spit(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  REQUIRE_MESSAGE(out, "cannot write " << path.string());
}

json read_json(const fs::path& path) { return json::parse(slurp(path)); }
void write_json(const fs::path& path, const json& value) { spit(path, value.dump(2) + "\n"); }

// A copy of the first demo with a short power list and its responsibilities: the "old" publication.
void make_base_tree(const fs::path& dir) {
  fs::create_directories(dir);
  fs::copy(fs::path(DUTYATLAS_SOURCE_DIR) / "tests" / "data" / "first-demo", dir,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  spit(dir / "lists/powers.csv",
       "事项编码,事项名称,子项名称,事项类型,实施主体,实施依据,办理时限\n"
       "XK-001,排污许可证核发,,行政许可,区生态环境局,《排污许可管理条例》,20个工作日\n"
       "CF-002,对未批先建的处罚,,行政处罚,区生态环境局,《环境影响评价法》,\n"
       "JC-003,食品生产经营监督检查,,行政检查,区市场监管局,《食品安全法》,\n");
  spit(dir / "lists/responsibilities.csv",
       "事项编码,环节,责任事项,追责情形\n"
       "XK-001,受理,依法受理或不予受理申请,对符合条件的不予受理的\n"
       "XK-001,决定,作出准予或不予许可的决定,对不符合条件的准予许可的\n");
}

std::unique_ptr<DutyDatabase> load(const fs::path& dir) {
  std::string error;
  std::ostringstream diagnostics;
  auto db = builder::load_publication(dir.string(), &error, diagnostics);
  INFO(error << "\n" << diagnostics.str());
  REQUIRE(db);
  return db;
}

// Redirects std::cout and std::cerr while a CLI function runs.
class Quiet {
 public:
  Quiet() : out_(std::cout.rdbuf(out_text_.rdbuf())), err_(std::cerr.rdbuf(err_text_.rdbuf())) {}
  ~Quiet() {
    std::cout.rdbuf(out_);
    std::cerr.rdbuf(err_);
  }
  std::string out() const { return out_text_.str(); }
  std::string err() const { return err_text_.str(); }

 private:
  std::ostringstream out_text_, err_text_;
  std::streambuf* out_;
  std::streambuf* err_;
};

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The body entry with `id` in a bodies.json document.
json& body_entry(json& bodies, const std::string& id) {
  for (json& b : bodies["bodies"]) {
    if (b["id"] == id) return b;
  }
  FAIL("no body " << id);
  throw std::logic_error("unreachable");
}

// The "new" publication: one body renamed, one added, one removed; an adjustment that rewords,
// adds, removes and transfers duty clauses; the power list edited.
void make_changed_tree(const fs::path& dir) {
  make_base_tree(dir);
  json bodies = read_json(dir / "bodies.json");
  body_entry(bodies, "slj")["name"] = "示例区水务局";
  body_entry(bodies, "slj")["short_name"] = "区水务局";
  auto& list = bodies["bodies"];
  for (auto it = list.begin(); it != list.end(); ++it) {
    if ((*it)["id"] == "gsl") {
      list.erase(it);
      break;
    }
  }
  list.push_back({{"id", "sjj"}, {"name", "示例区数据局"}, {"short_name", "区数据局"},
                  {"category", "government"}, {"rank", "正科级"}, {"uscc", "11999901009990301A"},
                  {"division_code", "999901"}});
  write_json(dir / "bodies.json", bodies);

  json sthjj = read_json(dir / "sanding/sthjj.json");
  std::string clause5 = sthjj["duties"][4];
  write_json(dir / "documents/adjust-2026.json",
             {{"doc_no", "示编〔2026〕3号"},
              {"title", "关于调整区生态环境局等部门有关职责的通知"},
              {"issuer", "中共示例区委机构编制委员会"},
              {"kind", "adjustment"},
              {"issued", "2026-05-20"},
              {"effective", "2026-06-01"},
              {"changes",
               {{{"action", "reword"}, {"body", "sthjj"}, {"clause", "3"},
                 {"text", "负责监督管理全区减排目标的落实，实施排污许可制度。"}},
                {{"action", "add"}, {"body", "sthjj"}, {"clause", "a2026-1"},
                 {"text", "负责全区新污染物治理的监督管理。"}},
                {{"action", "remove"}, {"body", "sthjj"}, {"clause", "20"}},
                {{"action", "transfer"}, {"body", "sthjj"}, {"clause", "5"}, {"to", "zhzfj"},
                 {"as", "t2026-1"}}}}});
  (void)clause5;

  spit(dir / "lists/powers.csv",
       "事项编码,事项名称,子项名称,事项类型,实施主体,实施依据,办理时限\n"
       "XK-001,排污许可证核发（含变更）,,行政许可,区生态环境局,《排污许可管理条例》,15个工作日\n"
       "JC-003,食品生产经营监督检查,,行政检查,区市场监管局,《食品安全法》,\n"
       "QR-004,数据资源目录确认,,行政确认,区数据局,,\n");
}

TEST_CASE("diff: identical publications report no changes") {
  DiffTempDir tmp;
  make_base_tree(tmp / "a");
  make_base_tree(tmp / "b");
  auto a = load(tmp / "a");
  auto b = load(tmp / "b");
  PublicationDiff d = diff_publications(*a, *b);
  CHECK(d.empty());
  CHECK(d.total() == 0);
  std::string text = diff_to_text(d);
  CHECK(contains(text, "两次发布内容相同。"));
  CHECK(diff_to_text(d, DiffDetail::kCounts) == "两次发布内容相同。\n");
  json j = diff_to_json(d);
  CHECK(j["identical"] == true);
  CHECK(j["total"] == 0);
  CHECK(j["counts"]["bodies"]["added"] == 0);
  CHECK(j["counts"]["powers"]["changed"] == 0);
}

TEST_CASE("diff: bodies, clauses and powers that changed") {
  DiffTempDir tmp;
  make_base_tree(tmp / "old");
  make_changed_tree(tmp / "new");
  auto old_db = load(tmp / "old");
  auto new_db = load(tmp / "new");
  PublicationDiff d = diff_publications(*old_db, *new_db);
  CHECK_FALSE(d.empty());

  SUBCASE("bodies") {
    REQUIRE(d.bodies_added.size() == 1);
    CHECK(d.bodies_added[0].id == "sjj");
    CHECK(d.bodies_added[0].name == "示例区数据局");
    REQUIRE(d.bodies_removed.size() == 1);
    CHECK(d.bodies_removed[0].id == "gsl");
    REQUIRE(d.bodies_renamed.size() == 1);
    CHECK(d.bodies_renamed[0].id == "slj");
    CHECK(d.bodies_renamed[0].old_name == "示例区水利局");
    CHECK(d.bodies_renamed[0].new_name == "示例区水务局");
    CHECK(d.bodies_renamed[0].old_short_name == "区水利局");
    CHECK(d.bodies_renamed[0].new_short_name == "区水务局");
    CHECK(d.bodies_moved.empty());
    CHECK(d.bodies_changed.empty());
  }

  SUBCASE("clauses") {
    REQUIRE(d.clauses_reworded.size() == 1);
    CHECK(d.clauses_reworded[0].body_id == "sthjj");
    CHECK(d.clauses_reworded[0].key == "3");
    CHECK(contains(d.clauses_reworded[0].old_text, "组织实施主要污染物排放总量控制"));
    CHECK(d.clauses_reworded[0].new_text == "负责监督管理全区减排目标的落实，实施排污许可制度。");

    REQUIRE(d.clauses_added.size() == 1);
    CHECK(d.clauses_added[0].body_id == "sthjj");
    CHECK(d.clauses_added[0].key == "a2026-1");
    CHECK(d.clauses_added[0].body_name == "区生态环境局");

    REQUIRE(d.clauses_removed.size() == 1);
    CHECK(d.clauses_removed[0].body_id == "sthjj");
    CHECK(d.clauses_removed[0].key == "20");

    REQUIRE(d.clauses_transferred.size() == 1);
    const ClauseTransfer& t = d.clauses_transferred[0];
    CHECK(t.from_body_id == "sthjj");
    CHECK(t.from_key == "5");
    CHECK(t.to_body_id == "zhzfj");
    CHECK(t.to_key == "t2026-1");
    CHECK(t.old_text == t.new_text);
    CHECK(contains(t.new_text, "污染防治的监督管理"));
  }

  SUBCASE("documents, sandings and lists") {
    REQUIRE(d.documents_added.size() == 1);
    CHECK(d.documents_added[0].doc_no == "示编〔2026〕3号");
    CHECK(d.documents_added[0].kind == "adjustment");
    CHECK(d.documents_removed.empty());
    CHECK(d.sandings_added.empty());
    CHECK(d.sandings_removed.empty());

    REQUIRE(d.powers.added.size() == 1);
    CHECK(d.powers.added[0].key == "QR-004");
    REQUIRE(d.powers.removed.size() == 1);
    CHECK(d.powers.removed[0].key == "CF-002");
    REQUIRE(d.powers.changed.size() == 1);
    CHECK(d.powers.changed[0].key == "XK-001");
    REQUIRE(d.powers.changed[0].changes.size() == 2);
    CHECK(d.powers.changed[0].changes[0].field == "name");
    CHECK(d.powers.changed[0].changes[1].field == "time_limit");
    CHECK(d.powers.changed[0].changes[1].old_value == "20个工作日");
    CHECK(d.powers.changed[0].changes[1].new_value == "15个工作日");
    CHECK(d.responsibilities.total() == 0);
    CHECK(d.tasks.total() == 0);
    CHECK(d.division_matters.total() == 0);
  }

  SUBCASE("text report") {
    std::string text = diff_to_text(d);
    INFO(text);
    CHECK(contains(text, "机构：新增 1，撤销 1，更名 1\n"));
    CHECK(contains(text, "区数据局 (sjj)\n  + 新增机构：示例区数据局\n"));
    CHECK(contains(text, "  - 撤销机构：示例区工商业联合会\n"));
    CHECK(contains(text, "区水务局 (slj)\n  ~ 名称：示例区水利局 → 示例区水务局\n  ~ 简称：区水利局 → 区水务局\n"));
    CHECK(contains(text, "主要职责：新增 1，删除 1，修改 1，划转 1\n"));
    // Grouped by body: the body's name, then its changes.
    CHECK(contains(text, "\n区生态环境局 (sthjj)\n  + 主要职责 #a2026-1："));
    CHECK(contains(text, "  ~ 主要职责 #3："));
    CHECK(contains(text, "  → 主要职责 #5 划转至 区综合行政执法局 #t2026-1："));
    CHECK(contains(text, "区综合行政执法局 (zhzfj)\n  ← 主要职责 #t2026-1 由 区生态环境局 #5 划入\n"));
    CHECK(contains(text, "权力清单：新增 1，删除 1，变更 1\n"));
    CHECK(contains(text, "      办理时限：20个工作日 → 15个工作日\n"));
    CHECK(contains(text, "文件：新增 1\n"));
    CHECK_FALSE(contains(text, "内容相同"));

    std::string counts = diff_to_text(d, DiffDetail::kCounts);
    CHECK(contains(counts, "机构：新增 1，撤销 1，更名 1\n"));
    CHECK_FALSE(contains(counts, "(sjj)"));
  }

  SUBCASE("json report") {
    json j = diff_to_json(d);
    CHECK(j["identical"] == false);
    CHECK(j["total"] == d.total());
    CHECK(j["counts"]["bodies"]["added"] == 1);
    CHECK(j["counts"]["bodies"]["removed"] == 1);
    CHECK(j["counts"]["bodies"]["renamed"] == 1);
    CHECK(j["counts"]["clauses"]["added"] == 1);
    CHECK(j["counts"]["clauses"]["removed"] == 1);
    CHECK(j["counts"]["clauses"]["reworded"] == 1);
    CHECK(j["counts"]["clauses"]["transferred"] == 1);
    CHECK(j["counts"]["powers"]["added"] == 1);
    CHECK(j["counts"]["powers"]["removed"] == 1);
    CHECK(j["counts"]["powers"]["changed"] == 1);
    CHECK(j["counts"]["documents"]["added"] == 1);
    CHECK(j["bodies"]["renamed"][0]["new_short_name"] == "区水务局");
    CHECK(j["clauses"]["transferred"][0]["to_body_id"] == "zhzfj");
    CHECK(j["powers"]["changed"][0]["fields"] == json::array({"name", "time_limit"}));
    CHECK(j["powers"]["changed"][0]["changes"][1] ==
          json({{"field", "time_limit"}, {"old", "20个工作日"}, {"new", "15个工作日"}}));
    // Stable: the same two publications give the same JSON.
    CHECK(j.dump() == diff_to_json(diff_publications(*old_db, *new_db)).dump());
  }

  SUBCASE("reverse direction") {
    PublicationDiff r = diff_publications(*new_db, *old_db);
    CHECK(r.bodies_added.size() == 1);
    CHECK(r.bodies_added[0].id == "gsl");
    CHECK(r.bodies_removed[0].id == "sjj");
    CHECK(r.powers.added[0].key == "CF-002");
    // Back from zhzfj to sthjj: no document records it, the same text does.
    REQUIRE(r.clauses_transferred.size() == 1);
    CHECK(r.clauses_transferred[0].from_body_id == "zhzfj");
    CHECK(r.clauses_transferred[0].to_body_id == "sthjj");
    CHECK(r.clauses_transferred[0].to_key == "5");
  }
}

TEST_CASE("diff: the same text leaving one body for another is a transfer") {
  DiffTempDir tmp;
  make_base_tree(tmp / "old");
  make_base_tree(tmp / "new");
  // Move yjglj's last duty to the end of dsjd's 三定, without any document saying so.
  json yjglj = read_json(tmp / "new/sanding/yjglj.json");
  json dsjd = read_json(tmp / "new/sanding/dsjd.json");
  std::string moved = yjglj["duties"].back();
  std::size_t old_count = yjglj["duties"].size();
  yjglj["duties"].erase(yjglj["duties"].size() - 1);
  dsjd["duties"].push_back(moved);
  write_json(tmp / "new/sanding/yjglj.json", yjglj);
  write_json(tmp / "new/sanding/dsjd.json", dsjd);

  PublicationDiff d = diff_publications(*load(tmp / "old"), *load(tmp / "new"));
  CHECK(d.clauses_added.empty());
  CHECK(d.clauses_removed.empty());
  CHECK(d.clauses_reworded.empty());
  REQUIRE(d.clauses_transferred.size() == 1);
  CHECK(d.clauses_transferred[0].from_body_id == "yjglj");
  CHECK(d.clauses_transferred[0].from_key == std::to_string(old_count));
  CHECK(d.clauses_transferred[0].to_body_id == "dsjd");
  CHECK(d.clauses_transferred[0].to_key == std::to_string(dsjd["duties"].size()));
  CHECK(d.clauses_transferred[0].new_text == moved);
  CHECK(contains(diff_to_text(d), "主要职责：划转 1\n"));
}

TEST_CASE("diff: a moved category, other body fields and the data date") {
  DiffTempDir tmp;
  make_base_tree(tmp / "old");
  make_base_tree(tmp / "new");
  json bodies = read_json(tmp / "new/bodies.json");
  body_entry(bodies, "aqw")["category"] = "government";
  body_entry(bodies, "aqw").erase("host");
  body_entry(bodies, "mzj")["rank"] = "副处级";
  write_json(tmp / "new/bodies.json", bodies);
  json dataset = read_json(tmp / "new/dataset.json");
  dataset["data_date"] = "2026-12-01";
  write_json(tmp / "new/dataset.json", dataset);

  PublicationDiff d = diff_publications(*load(tmp / "old"), *load(tmp / "new"));
  REQUIRE(d.bodies_moved.size() == 1);
  CHECK(d.bodies_moved[0].id == "aqw");
  CHECK(d.bodies_moved[0].old_category == "coordination");
  CHECK(d.bodies_moved[0].new_category == "government");
  REQUIRE(d.bodies_changed.size() == 2);
  CHECK(d.bodies_changed[0].id == "mzj");
  REQUIRE(d.bodies_changed[0].changes.size() == 1);
  CHECK(d.bodies_changed[0].changes[0].field == "rank");
  CHECK(d.bodies_changed[1].id == "aqw");
  REQUIRE(d.bodies_changed[1].changes.size() == 1);
  CHECK(d.bodies_changed[1].changes[0].field == "host_id");
  REQUIRE(d.dataset.size() == 1);
  CHECK(d.dataset[0].field == "data_date");
  CHECK(d.bodies_renamed.empty());
  std::string text = diff_to_text(d);
  INFO(text);
  CHECK(contains(text, "机构：调整类别 1，其他变更 2\n"));
  CHECK(contains(text, "区安委会 (aqw)\n  ~ 类别：议事协调机构 → 政府工作部门\n"));
  CHECK(contains(text, "  ~ 规格：正科级 → 副处级\n"));
  CHECK(contains(text, "  ~ 数据日期：2026-11-01 → 2026-12-01\n"));
}

TEST_CASE("diff: a 三定 part that only one side has, and a text with many edits") {
  DiffTempDir tmp;
  make_base_tree(tmp / "old");
  make_base_tree(tmp / "new");
  const std::string text = "第一条 一二三四五六七八九十。第二条 一二三四五六七八九十。第三条 一二三四五六七八九十。"
                           "第四条 一二三四五六七八九十。第五条 一二三四五六七八九十。第六条 一二三四五六七八九十。";
  std::string edited = text;
  for (const char* article : {"第一条 一", "第二条 一", "第三条 一", "第四条 一", "第五条 一", "第六条 一"}) {
    const std::size_t at = edited.find(article) + std::string(article).size();
    edited.insert(at, "甲");  // one edit in each article
  }
  for (const auto& [dir, body] : {std::pair{tmp / "old", text}, std::pair{tmp / "new", edited}}) {
    json doc = read_json(dir / "documents/sanding-sthjj.json");
    doc["text"] = body;
    write_json(dir / "documents/sanding-sthjj.json", doc);
  }
  json sthjj = read_json(tmp / "new/sanding/sthjj.json");
  sthjj["divisions"] = json::array({{{"name", "办公室"}, {"duties", {"负责机关日常运转。"}}}});
  sthjj["staffing"] = {{"administrative", 18}};
  write_json(tmp / "new/sanding/sthjj.json", sthjj);
  auto old_db = load(tmp / "old");
  auto new_db = load(tmp / "new");

  PublicationDiff d = diff_publications(*old_db, *new_db);
  REQUIRE(d.sandings_changed.size() == 1);
  const std::vector<FieldChange>& added = d.sandings_changed[0].changes;
  REQUIRE(added.size() == 3);
  CHECK(added[0].field == "staffing_administrative");
  CHECK(added[1].field == "division/1");
  CHECK(added[1].old_value == "");
  CHECK(added[1].new_value == "办公室");
  CHECK(added[2].field == "division/1/duty/1");
  std::string report = diff_to_text(d);
  INFO(report);
  CHECK(contains(report, "      第1个内设机构：（空） → 办公室\n"));
  CHECK(contains(report, "      第1个内设机构职责第1条：（空） → 负责机关日常运转。\n"));
  // Six edits: the first four shown with their context, then how many more.
  CHECK(contains(report, "      正文：第一条 一{+甲+}二三四五六七八九十。第二条 一{+甲+}"));
  CHECK(contains(report, "…（另有 2 处改动）\n"));

  // The other way round they are only in the old 三定 — what a misspelled optional key
  // (issue 19: "staffng", "division") would drop: the report must show the loss.
  PublicationDiff r = diff_publications(*new_db, *old_db);
  REQUIRE(r.sandings_changed.size() == 1);
  REQUIRE(r.sandings_changed[0].changes.size() == 3);
  CHECK(r.sandings_changed[0].changes[1].old_value == "办公室");
  CHECK(r.sandings_changed[0].changes[1].new_value == "");
  const std::string reverse = diff_to_text(r);
  CHECK(contains(reverse, "      行政编制：18 → （空）\n"));
  CHECK(contains(reverse, "      第1个内设机构：办公室 → （空）\n"));
}

TEST_CASE("diff: a source folder against the publication built from it") {
  DiffTempDir tmp;
  make_base_tree(tmp / "src");
  builder::BuildOptions options;
  options.source_dir = (tmp / "src").string();
  options.out_dir = (tmp / "out").string();
  options.font_path = DUTYATLAS_TEST_FONT;
  {
    Quiet quiet;
    REQUIRE(builder::run_build(options) == 0);
    CHECK_FALSE(contains(quiet.out(), "与上次发布相比"));  // nothing to compare with yet
  }
  PublicationDiff d = diff_publications(*load(tmp / "src"), *load(tmp / "out"));
  CHECK(d.empty());
  CHECK(contains(diff_to_text(d), "两次发布内容相同。"));

  // Building again over it summarises the changes: none, then some.
  {
    Quiet quiet;
    REQUIRE(builder::run_build(options) == 0);
    CHECK(contains(quiet.out(), "与上次发布相比：\n两次发布内容相同。\n"));
  }
  make_changed_tree(tmp / "src");
  {
    Quiet quiet;
    REQUIRE(builder::run_build(options) == 0);
    INFO(quiet.out());
    CHECK(contains(quiet.out(), "与上次发布相比：\n"));
    CHECK(contains(quiet.out(), "机构：新增 1，撤销 1，更名 1\n"));
    CHECK(contains(quiet.out(), "主要职责：新增 1，删除 1，修改 1，划转 1\n"));
    CHECK_FALSE(contains(quiet.out(), "(sjj)"));  // counts only
  }
}

TEST_CASE("diff: a previous publication that cannot be read is said and skipped") {
  DiffTempDir tmp;
  make_base_tree(tmp / "src");
  builder::BuildOptions options;
  options.source_dir = (tmp / "src").string();
  options.out_dir = (tmp / "out").string();
  options.font_path = DUTYATLAS_TEST_FONT;
  {
    Quiet quiet;
    REQUIRE(builder::run_build(options) == 0);
  }
  // Pretend the folder holds a publication of another schema version.
  json manifest = read_json(tmp / "out/manifest.json");
  manifest["schema_version"] = 1;
  spit(tmp / "out/manifest.json", manifest.dump());
  Quiet quiet;
  REQUIRE(builder::run_build(options) == 0);
  CHECK(contains(quiet.out(), "无法读取上次发布"));
  CHECK_FALSE(contains(quiet.out(), "内容相同"));
}

TEST_CASE("publication loader: clear errors") {
  DiffTempDir tmp;
  std::string error;
  std::ostringstream diagnostics;
  CHECK_FALSE(builder::load_publication((tmp / "missing").string(), &error, diagnostics));
  CHECK(contains(error, "no such folder"));

  fs::create_directories(tmp / "empty");
  CHECK_FALSE(builder::load_publication((tmp / "empty").string(), &error, diagnostics));
  CHECK(contains(error, "manifest.json"));
  CHECK(contains(error, "dataset.json"));

  make_base_tree(tmp / "broken");
  spit(tmp / "broken/bodies.json", "{\"bodies\": [");
  CHECK_FALSE(builder::load_publication((tmp / "broken").string(), &error, diagnostics));
  CHECK(contains(error, "error(s)"));
  CHECK(contains(diagnostics.str(), "bodies.json"));
}

}  // namespace
}  // namespace dutyatlas
