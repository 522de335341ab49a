// The source writer and the synthetic publications of `dutyatlas synth`: a Dataset written as a
// source folder reads back equal (the demo, and a small publication with every kind of record and
// text that CSV has to quote), and synthesize(base, N) is N renamed copies that still check clean.
#include "builder/source_writer.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "builder/source_reader.h"
#include "builder/synth.h"

using namespace dutyatlas;
using builder::Diagnostics;

namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with its contents on destruction.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ =
        fs::temp_directory_path() / ("dutyatlas-writer-test-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(stamp) + "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string str() const { return path_.string(); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

std::string demo_dir() {
  return (fs::path(DUTYATLAS_SOURCE_DIR) / "tests" / "data" / "first-demo").string();
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += builder::format_diagnostic(d) + "\n";
  return out.empty() ? "(no diagnostics)" : out;
}

// ---- Field-by-field comparison: every record flattened to one line holding all its fields, so
// a difference shows as two readable lines.

std::string list(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& v : values) out += "<" + v + ">";
  return out + "]";
}

std::vector<std::string> flatten(const Dataset& d) {
  std::vector<std::string> out;
  auto line = [&](std::initializer_list<std::string> fields) {
    std::string text;
    for (const auto& f : fields) text += (text.empty() ? "" : " | ") + f;
    out.push_back(text);
  };
  line({"dataset", d.name, d.title, d.data_date, d.division_code, d.sample ? "sample" : "real"});
  for (const Body& b : d.bodies) {
    line({"body", b.id, b.name, b.short_name, b.category, b.rank, b.parent_id, b.uscc,
          b.division_code, b.host_id, b.institution_class});
  }
  for (const Contact& c : d.contacts) {
    line({"contact", c.body_id, c.address, c.hours, c.website, c.service_hall});
    for (const ContactPhone& p : c.phones) line({"  phone", p.label, p.number});
  }
  for (const Document& doc : d.documents) {
    line({"document", doc.doc_no, doc.title, doc.issuer, doc.kind, doc.issued, doc.effective,
          doc.text});
    for (const DutyChange& c : doc.changes) {
      line({"  change", std::string(change_action_code(c.action)), c.body_id, c.clause_key, c.text,
            c.to_body_id, c.as_key});
    }
  }
  for (const Sanding& s : d.sandings) {
    line({"sanding", s.body_id, s.doc_no, s.setup, list(s.duties), list(s.transformation)});
    for (const auto& division : s.divisions)
      line({"  division", division.name, list(division.duties)});
    line({"  staffing", std::to_string(s.staffing.administrative),
          std::to_string(s.staffing.career), std::to_string(s.staffing.service)});
    for (const auto& leader : s.staffing.leaders) {
      line({"  leader", leader.title, std::to_string(leader.count)});
    }
    for (const auto& boundary : s.boundaries) {
      line({"  boundary", list(boundary.with_body_ids), boundary.text});
    }
  }
  for (const PowerItem& p : d.powers) {
    std::string extra;
    for (const auto& [column, value] : p.extra) extra += "<" + column + "=" + value + ">";
    line({"power", p.code, p.name, p.sub_name, p.type, p.body_id, p.basis, p.responsible_body_id,
          p.service_unit, p.time_limit, p.fee_basis, extra});
  }
  for (const ResponsibilityItem& r : d.responsibilities) {
    line({"responsibility", r.power_code, r.stage, r.duty, r.accountability, r.body_id});
  }
  for (const TaskList& l : d.task_lists) {
    line({"task list", l.id, l.name});
    for (const TaskItem& t : l.items) {
      line({"  task", std::to_string(t.number), list(t.body_ids), t.task, t.basis});
    }
  }
  for (const DivisionMatter& m : d.division_matters) {
    line({"matter", m.code, m.group, m.name});
    for (const DivisionStage& s : m.stages) {
      line({"  stage", s.stage, list(s.lead_body_ids), list(s.cooperating_body_ids), s.basis});
    }
  }
  for (const Keyword& k : d.keywords) {
    line({"keyword", k.word, std::to_string(int(k.target_kind)), k.target});
  }
  for (const SynonymGroup& g : d.synonyms) line({"synonyms", g.word, list(g.alternatives)});
  return out;
}

void check_equal(const Dataset& expected, const Dataset& actual) {
  std::vector<std::string> a = flatten(expected), b = flatten(actual);
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    INFO("record " << i);
    CHECK(a[i] == b[i]);
  }
  CHECK(a.size() == b.size());
}

// Reads `dir`, requiring no error.
builder::Source read_clean(const std::string& dir, int* warnings = nullptr) {
  Diagnostics diagnostics;
  builder::Source source = builder::read_source_folder(dir, &diagnostics);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.error_count() == 0);
  if (warnings) *warnings = diagnostics.warning_count();
  return source;
}

// Writes and reads back, requiring no error.
builder::Source round_trip(const Dataset& dataset, const ScratchDir& dir) {
  builder::write_source_folder(dataset, dir.str());
  return read_clean(dir.str());
}

// ---- A small publication with every kind of record, and text CSV has to quote.

Body body(std::string id, std::string name, std::string short_name, std::string category,
          std::string uscc) {
  Body b;
  b.id = std::move(id);
  b.name = std::move(name);
  b.short_name = short_name.empty() ? b.name : std::move(short_name);
  b.category = std::move(category);
  b.rank = "正科级";
  b.uscc = std::move(uscc);
  b.division_code = "999902";
  return b;
}

Document document(std::string doc_no, std::string kind, std::string effective) {
  Document d;
  d.doc_no = std::move(doc_no);
  d.title = "关于" + d.doc_no + "的通知";
  d.issuer = "中共测试区委机构编制委员会";
  d.kind = std::move(kind);
  d.issued = effective;
  d.effective = std::move(effective);
  return d;
}

DutyChange change(ChangeAction action, std::string body_id, std::string key, std::string text,
                  std::string to = {}, std::string as = {}) {
  DutyChange c;
  c.action = action;
  c.body_id = std::move(body_id);
  c.clause_key = std::move(key);
  c.text = std::move(text);
  c.to_body_id = std::move(to);
  c.as_key = std::move(as);
  return c;
}

Dataset tricky_dataset() {
  Dataset d;
  d.name = "测试区";
  d.title = "测试区机构职责，“示例”";
  d.data_date = "2026-01-01";
  d.division_code = "999902";
  d.sample = true;

  d.bodies.push_back(
      body("zfb", "测试区人民政府办公室", "区政府办", "government", "11999902007990051A"));
  d.bodies.push_back(
      body("sthjj", "测试区生态环境局", "区生态环境局", "government", "119999020047900979"));
  d.bodies.push_back(
      body("scjgj", "测试区市场监督管理局", "区市场监管局", "government", "11999902MB1234567X"));
  Body station = body("jcz", "测试区环境监测站", "", "institution", "12999902404190015M");
  station.rank = "副科级";
  station.parent_id = "sthjj";
  station.institution_class = "public-1";
  d.bodies.push_back(station);
  Body committee =
      body("aqw", "测试区安全生产委员会", "区安委会", "coordination", "11999902006290213F");
  committee.rank = "";
  committee.host_id = "zfb";
  d.bodies.push_back(committee);
  // Contacts in the bodies' order: one in full (quotes, an extension with 转), one phone only.
  d.contacts.push_back({"sthjj",
                        {{"办公室", "0300-5550101"}, {"投诉举报", "0300-5550102转801"}, {"热线", "12369"}},
                        "测试区“示例”路 1 号",
                        "工作日 9:00—17:00",
                        "https://shiliqu.example/sthjj/?a=1&b=2",
                        "区政务服务中心 3 号窗口"});
  d.contacts.push_back({"jcz", {{"值班电话", "138-0013-8000"}}, "", "", "", ""});

  Document sanding_sthjj = document("测编〔2020〕1号", "sanding", "2020-01-01");
  sanding_sthjj.text = "各镇人民政府、各街道办事处：\n现将《规定》印发给你们，\"请\"认真贯彻执行。";
  d.documents.push_back(sanding_sthjj);
  d.documents.push_back(document("测编〔2020〕2号", "sanding", "2020-01-01"));
  d.documents.push_back(document("测编〔2020〕3号", "sanding", "2020-02-01"));
  Document adjustment = document("测编〔2021〕12号", "adjustment", "2021-07-01");
  adjustment.issued = "2021-06-10";
  adjustment.changes = {
      change(ChangeAction::kTransfer, "sthjj", "2", "负责餐饮油烟污染的监督管理，含“划转”说明。",
             "scjgj", "t2021-1"),
      change(ChangeAction::kReword, "sthjj", "1", "负责建立健全全区生态环境基本制度, 并组织实施。"),
      change(ChangeAction::kAdd, "scjgj", "a2021-1", "负责全区价格监督检查，\n含收费行为。"),
      change(ChangeAction::kRemove, "sthjj", "3", ""),
  };
  d.documents.push_back(adjustment);
  d.documents.push_back(document("测编〔2021〕13号", "other", "2021-08-01"));

  Sanding s1;
  s1.body_id = "sthjj";
  s1.doc_no = "测编〔2020〕1号";
  s1.setup = "区生态环境局是区政府工作部门，为正科级。";
  s1.duties = {"负责建立健全全区生态环境基本制度。", "负责餐饮油烟污染的监督管理。",
               "负责\"三线一单\"的实施。", "承担区委、区政府交办的其他任务。"};
  s1.transformation = {"深化“放管服”改革。", "强化事中事后监管,提高效能。"};
  s1.divisions = {{"办公室", {"负责机关日常运转。", "负责文电、会务。"}}, {"执法大队", {}}};
  s1.staffing.administrative = 18;
  s1.staffing.service = 2;
  s1.staffing.leaders = {{"局长", 1}, {"副局长", 3}};
  s1.boundaries = {{{"scjgj", "zfb"}, "与区市场监管局的有关职责分工：\n……"}};
  d.sandings.push_back(s1);
  Sanding s2;
  s2.body_id = "scjgj";
  s2.doc_no = "测编〔2020〕2号";
  s2.setup = "区市场监管局是区政府工作部门。";
  s2.duties = {"负责市场综合监督管理。", "负责食品安全监督管理。"};
  s2.staffing.career = 5;
  d.sandings.push_back(s2);
  Sanding s3;
  s3.body_id = "zfb";
  s3.doc_no = "测编〔2020〕3号";
  s3.setup = "区政府办是区政府工作部门。";
  s3.duties = {"负责区政府日常运转。"};
  d.sandings.push_back(s3);

  PowerItem permit;
  permit.code = "XK-001";
  permit.name = "排污许可证核发，含“变更”、延续";
  permit.sub_name = "新申请,首次";
  permit.type = "行政许可";
  permit.body_id = "sthjj";
  permit.basis = "《排污许可管理条例》第一条,第二条\n第三条：\"应当\"";
  permit.responsible_body_id = "scjgj";
  permit.service_unit = "区政务服务中心\"环保窗口\"";
  permit.time_limit = "20个工作日";
  permit.extra = {{"备注", "含,逗号\n和换行"}, {"联系电话", "0000-1234567"}};
  d.powers.push_back(permit);
  PowerItem penalty;
  penalty.code = "CF-001";
  penalty.name = "对超标排放的处罚";
  penalty.type = "行政处罚";
  penalty.body_id = "sthjj";
  penalty.fee_basis = "不收费";
  penalty.extra = {{"备注", "\"\""}};
  d.powers.push_back(penalty);
  PowerItem service;
  service.code = "GG-001";
  service.name = "环境质量信息查询";
  service.type = "公共服务事项";
  service.body_id = "jcz";
  d.powers.push_back(service);

  d.responsibilities.push_back(
      {"XK-001", "受理", "受理申请，\"一次性\"告知补正材料。", "不予受理的,\n依法追责。", "sthjj"});
  d.responsibilities.push_back({"CF-001", "决定", "作出处罚决定、送达。", "", ""});

  TaskList safety;
  safety.id = "safety";
  safety.name = "安全生产监管职责任务清单";
  safety.items = {{1, {"aqw", "zfb"}, "统筹协调，落实“三管三必须”", "《安全生产法》"},
                  {2, {"sthjj"}, "危险废物、医疗废物监管", ""},
                  {5, {"scjgj", "sthjj", "jcz"}, "特种设备安全监察\n（第二行）", "依据,含逗号"}};
  d.task_lists.push_back(safety);
  TaskList school;
  school.id = "school";
  school.name = "学校安全职责任务清单";
  school.items = {{1, {"scjgj"}, "校园食品安全", "\"食品安全法\""}};
  d.task_lists.push_back(school);

  d.division_matters.push_back(
      {"01",
       "生态环保",
       "噪声污染防治，含“社会生活噪声”",
       {{"审批", {"sthjj"}, {"scjgj", "zfb"}, "a,b"}, {"执法", {"sthjj", "jcz"}, {}, ""}}});
  d.division_matters.push_back(
      {"02", "市场监管", "餐饮油烟", {{"监管", {"scjgj"}, {}, "《大气法》"}}});

  d.keywords = {{"噪音", KeywordTarget::kDuty, "sthjj#1"},
                {"油烟", KeywordTarget::kDuty, "scjgj#t2021-1"},
                {"油烟扰民", KeywordTarget::kMatter, "02"},
                {"排污,许可", KeywordTarget::kPower, "XK-001"},
                {"\"罚款\"", KeywordTarget::kPower, "CF-001"}};
  d.synonyms = {{"噪音", {"噪声", "声音污染"}}, {"城管", {"综合行政执法"}}};
  return d;
}

// ---- Checks on a synthesized Dataset.

// The copy a renamed id or code belongs to: "x-s3" → 3, anything else → 1.
int copy_of(const std::string& id) {
  std::size_t at = id.rfind("-s");
  if (at == std::string::npos || at + 2 >= id.size()) return 1;
  std::string digits = id.substr(at + 2);
  if (digits.find_first_not_of("0123456789") != std::string::npos) return 1;
  return std::stoi(digits);
}

bool is_uscc(const std::string& code) {
  if (code.size() != 18) return false;
  for (char c : code) {
    bool ok = (c >= '0' && c <= '9') ||
              (c >= 'A' && c <= 'Z' && std::string("IOZSV").find(c) == std::string::npos);
    if (!ok) return false;
  }
  return true;
}

template <typename Items, typename Key>
void check_unique(const Items& items, Key key, const char* what) {
  std::set<std::string> seen;
  for (const auto& item : items) {
    std::string value = key(item);
    INFO(what << " " << value);
    CHECK(seen.insert(value).second);
  }
}

void check_synthesized(const Dataset& base, const Dataset& out, int n) {
  CHECK(out.bodies.size() == base.bodies.size() * std::size_t(n));
  CHECK(out.documents.size() == base.documents.size() * std::size_t(n));
  CHECK(out.sandings.size() == base.sandings.size() * std::size_t(n));
  CHECK(out.powers.size() == base.powers.size() * std::size_t(n));
  CHECK(out.responsibilities.size() == base.responsibilities.size() * std::size_t(n));
  CHECK(out.division_matters.size() == base.division_matters.size() * std::size_t(n));
  CHECK(out.keywords.size() == base.keywords.size() * std::size_t(n));
  CHECK(out.synonyms.size() == base.synonyms.size());
  REQUIRE(out.task_lists.size() == base.task_lists.size());
  for (std::size_t l = 0; l < base.task_lists.size(); ++l) {
    CHECK(out.task_lists[l].id == base.task_lists[l].id);
    CHECK(out.task_lists[l].items.size() == base.task_lists[l].items.size() * std::size_t(n));
    check_unique(
        out.task_lists[l].items, [](const TaskItem& t) { return std::to_string(t.number); },
        "序号");
  }
  std::size_t base_clauses = 0, out_clauses = 0;
  for (const auto& s : base.sandings) base_clauses += s.duties.size();
  for (const auto& s : out.sandings) out_clauses += s.duties.size();
  CHECK(out_clauses == base_clauses * std::size_t(n));

  check_unique(
      out.bodies, [](const Body& b) { return b.id; }, "body id");
  check_unique(
      out.bodies, [](const Body& b) { return b.uscc; }, "uscc");
  check_unique(
      out.documents, [](const Document& d) { return d.doc_no; }, "文号");
  check_unique(
      out.powers, [](const PowerItem& p) { return p.code; }, "事项编码");
  check_unique(
      out.division_matters, [](const DivisionMatter& m) { return m.code; }, "编号");
  std::map<std::string, std::string> owner;  // lists name bodies by id, name or short name
  for (const Body& b : out.bodies) {
    CHECK(is_uscc(b.uscc));
    for (const std::string& name : {b.id, b.name, b.short_name}) {
      auto [it, fresh] = owner.emplace(name, b.id);
      INFO("name " << name);
      CHECK((fresh || it->second == b.id));
    }
  }
  // Copy 1 is the base; references inside copy k point into copy k.
  for (std::size_t i = 0; i < base.bodies.size(); ++i)
    CHECK(out.bodies[i].uscc == base.bodies[i].uscc);
  for (const Body& b : out.bodies) {
    if (!b.parent_id.empty()) CHECK(copy_of(b.parent_id) == copy_of(b.id));
    if (!b.host_id.empty()) CHECK(copy_of(b.host_id) == copy_of(b.id));
  }
  for (std::size_t i = 0; i < out.documents.size(); ++i) {
    int copy = int(i / base.documents.size()) + 1;
    for (const DutyChange& c : out.documents[i].changes) {
      CHECK(copy_of(c.body_id) == copy);
      if (!c.to_body_id.empty()) CHECK(copy_of(c.to_body_id) == copy);
    }
  }
  for (const PowerItem& p : out.powers) CHECK(copy_of(p.body_id) == copy_of(p.code));
  for (const ResponsibilityItem& r : out.responsibilities) {
    if (!r.body_id.empty()) CHECK(copy_of(r.body_id) == copy_of(r.power_code));
  }
  for (const DivisionMatter& m : out.division_matters) {
    for (const DivisionStage& s : m.stages) {
      for (const auto& id : s.lead_body_ids) CHECK(copy_of(id) == copy_of(m.code));
      for (const auto& id : s.cooperating_body_ids) CHECK(copy_of(id) == copy_of(m.code));
    }
  }
}

}  // namespace

TEST_CASE("csv_cell quotes only what RFC 4180 requires") {
  CHECK(builder::csv_cell("区财政局、区审计局") == "区财政局、区审计局");
  CHECK(builder::csv_cell("") == "");
  CHECK(builder::csv_cell("a,b") == "\"a,b\"");
  CHECK(builder::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(builder::csv_cell("line 1\nline 2") == "\"line 1\nline 2\"");
  CHECK(builder::csv_cell("“全角引号”，全角逗号") == "“全角引号”，全角逗号");
}

TEST_CASE("the demo reads back equal after writing it as a source folder") {
  int warnings = 0;
  builder::Source demo = read_clean(demo_dir(), &warnings);
  ScratchDir dir;
  builder::write_source_folder(demo.dataset, dir.str());
  int rewritten_warnings = 0;
  builder::Source again = read_clean(dir.str(), &rewritten_warnings);
  check_equal(demo.dataset, again.dataset);
  CHECK(again.history.versions.size() == demo.history.versions.size());
  CHECK(rewritten_warnings == warnings);
  CHECK(fs::exists(dir / "documents/0001.json"));
  CHECK(fs::exists(dir / "sanding/0001.json"));
}

TEST_CASE("every kind of record and text that needs quoting survives the round trip") {
  Dataset original = tricky_dataset();
  ScratchDir dir;
  int warnings = -1;
  builder::write_source_folder(original, dir.str());
  builder::Source read = read_clean(dir.str(), &warnings);
  CHECK(warnings == 0);
  check_equal(original, read.dataset);

  SUBCASE("the files are the documented ones, with the Chinese column names") {
    for (const char* name :
         {"dataset.json", "bodies.json", "documents/0001.json", "documents/0005.json",
          "sanding/0003.json", "lists/powers.csv", "lists/responsibilities.csv", "lists/tasks.json",
          "lists/tasks-safety.csv", "lists/tasks-school.csv", "lists/division.csv", "keywords.csv",
          "synonyms.csv"}) {
      INFO(name);
      CHECK(fs::exists(dir / name));
    }
    std::string powers = slurp(dir / "lists/powers.csv");
    CHECK(powers.rfind("事项编码,事项名称,子项名称,事项类型,实施主体,实施依据,责任主体,服务单位,"
                       "办理时限,收费依据,备注,联系电话\r\n",
                       0) == 0);
    CHECK(powers.find("\"排污许可证核发，含“变更”、延续\"") == std::string::npos);  // no , " or LF
    CHECK(powers.find(",测试区生态环境局,") != std::string::npos);
    CHECK(powers.find("\"区政务服务中心\"\"环保窗口\"\"\"") != std::string::npos);
    std::string tasks = slurp(dir / "lists/tasks-safety.csv");
    CHECK(tasks.find("1,测试区安全生产委员会、测试区人民政府办公室,") != std::string::npos);
    std::string bodies = slurp(dir / "bodies.json");
    CHECK(bodies.find("测试区环境监测站") != std::string::npos);  // UTF-8, not \u escapes
    CHECK(bodies.find("\n  \"bodies\": [\n    {\n      \"id\": \"zfb\",") != std::string::npos);
  }

  SUBCASE("writing is deterministic") {
    ScratchDir other;
    builder::write_source_folder(read.dataset, other.str());
    for (const auto& entry : fs::recursive_directory_iterator(dir / "")) {
      if (!entry.is_regular_file()) continue;
      fs::path relative = fs::relative(entry.path(), dir / "");
      INFO(relative.string());
      CHECK(slurp(entry.path()) == slurp(other / relative.string()));
    }
  }

  SUBCASE("empty lists write no list files") {
    Dataset bare = original;
    bare.powers.clear();
    bare.responsibilities.clear();
    bare.task_lists.clear();
    bare.division_matters.clear();
    bare.keywords.clear();
    bare.synonyms.clear();
    ScratchDir bare_dir;
    builder::Source bare_read = round_trip(bare, bare_dir);
    check_equal(bare, bare_read.dataset);
    CHECK_FALSE(fs::exists(bare_dir / "lists"));
    CHECK_FALSE(fs::exists(bare_dir / "keywords.csv"));
    CHECK_FALSE(fs::exists(bare_dir / "synonyms.csv"));
  }
}

TEST_CASE("synthesize: N renamed copies of the demo that check clean") {
  int base_warnings = 0;
  builder::Source demo = read_clean(demo_dir(), &base_warnings);
  Dataset out = builder::synthesize(demo.dataset, 3);
  check_synthesized(demo.dataset, out, 3);
  CHECK(out.bodies[demo.dataset.bodies.size()].id == demo.dataset.bodies[0].id + "-s2");

  ScratchDir dir;
  builder::write_source_folder(out, dir.str());
  int warnings = 0;
  builder::Source read = read_clean(dir.str(), &warnings);
  CHECK(warnings == 3 * base_warnings);
  CHECK(read.history.versions.size() == 3 * demo.history.versions.size());
  check_equal(out, read.dataset);
}

TEST_CASE("synthesize: every list and reference is replicated within its copy") {
  Dataset base = tricky_dataset();
  Dataset out = builder::synthesize(base, 3);
  check_synthesized(base, out, 3);

  const Body& station = out.bodies[base.bodies.size() + 3];  // jcz of copy 2
  CHECK(station.id == "jcz-s2");
  CHECK(station.parent_id == "sthjj-s2");
  CHECK(station.name == "测试区环境监测站（二）");
  CHECK(station.short_name == station.name);
  CHECK(out.bodies[base.bodies.size() * 2].short_name == "区政府办（三）");
  CHECK(out.documents[base.documents.size() * 2].doc_no == "测编〔2020〕1之3号");
  CHECK(out.sandings[base.sandings.size()].doc_no == "测编〔2020〕1之2号");
  CHECK(out.sandings[base.sandings.size()].boundaries[0].with_body_ids ==
        std::vector<std::string>{"scjgj-s2", "zfb-s2"});
  CHECK(out.task_lists[0].items[3].number == 6);  // copy 2 starts after the base's largest 序号 5
  CHECK(out.task_lists[0].items[3].body_ids == std::vector<std::string>{"aqw-s2", "zfb-s2"});
  CHECK(out.keywords[base.keywords.size()].target == "sthjj-s2#1");
  CHECK(out.keywords[base.keywords.size() + 2].target == "02-s2");
  CHECK(out.keywords[base.keywords.size() * 2 + 3].target == "XK-001-s3");

  ScratchDir dir;
  int warnings = -1;
  builder::write_source_folder(out, dir.str());
  builder::Source read = read_clean(dir.str(), &warnings);
  CHECK(warnings == 0);
  check_equal(out, read.dataset);
  CHECK(read.history.problems.empty());
}

TEST_CASE("synthesize: scale 1 is the base, scale 0 is refused") {
  Dataset base = tricky_dataset();
  check_equal(base, builder::synthesize(base, 1));
  CHECK_THROWS_AS(builder::synthesize(base, 0), std::invalid_argument);
}
