// A body's 三定 as a printable A4 document (see body_print.h).
#include "core/duties/body_print.h"

#include <vector>

#include "core/base/chinese_numerals.h"
#include "core/base/print_page.h"
#include "core/documents/document_queries.h"
#include "core/duties/duty_queries.h"
#include "core/duties/staffing_text.h"

namespace dutyatlas {
namespace {

// The page as it grows; sections are numbered 一、二、… in the order they appear, as in a 三定.
struct BodySheet {
  std::string h;
  int sections = 0;

  void section(const char* heading) {
    h += "<h2>" + chinese_numeral(++sections) + "、" + heading + "</h2>\n";
  }
  void text(const std::string& paragraph) { h += "<p class=\"text\">" + html_escape(paragraph) + "</p>\n"; }
  void numbered(const std::vector<std::string>& paragraphs) {
    for (std::size_t i = 0; i < paragraphs.size(); ++i) text(clause_label(int(i) + 1) + paragraphs[i]);
  }
};

std::string document_reference(const DocumentSummary& d) {
  return "《" + html_escape(d.title) + "》（" + html_escape(d.doc_no) + "），" + html_escape(d.effective) +
         " 施行";
}

std::string facts_line(const Body& body) {
  const BodyCategory* category = find_body_category(body.category);
  std::string line = category ? html_escape(category->name) : html_escape(body.category);
  if (!body.rank.empty()) line += " · 规格 " + html_escape(body.rank);
  if (!body.uscc.empty()) line += " · 统一社会信用代码 " + html_escape(body.uscc);
  return line;
}

void clauses(BodySheet* sheet, const BodyProfile& profile) {
  sheet->section("主要职责");
  bool cited = false;
  for (const DutyClause& clause : profile.clauses) {
    std::string line = html_escape(clause_label(clause.number) + clause.text);
    // A clause the 三定 did not word itself says which document did.
    if (!clause.source_doc_no.empty() && clause.source_doc_no != profile.sanding->doc_no) {
      line += "<span class=\"src\">（" + html_escape(clause.source_doc_no) + "）</span>";
      cited = true;
    }
    sheet->h += "<p class=\"text\">" + line + "</p>\n";
  }
  if (cited) {
    sheet->h += "<p class=\"note\">注：条款后括注的文号，为设定或调整该条款的文件；其余条款出自" +
                html_escape(profile.sanding->doc_no) + "。</p>\n";
  }
}

void divisions(BodySheet* sheet, const std::vector<InternalDivision>& list) {
  if (list.empty()) return;
  sheet->section("内设机构");
  for (const InternalDivision& division : list) {
    sheet->h += "<h3>" + html_escape(division.name) + "</h3>\n";
    sheet->numbered(division.duties);
  }
}

void staffing(BodySheet* sheet, const Staffing& s) {
  std::string figures = staffing_figures_text(s);
  std::string leaders = leader_posts_text(s);
  if (figures.empty() && leaders.empty()) return;
  sheet->section("人员编制");
  if (!figures.empty()) sheet->text(figures + "。");
  if (!leaders.empty()) sheet->text("领导职数：" + leaders + "。");
}

void boundaries(BodySheet* sheet, const DutyDatabase& db, const std::vector<DutyBoundaryInfo>& list) {
  if (list.empty()) return;
  sheet->section("职责分工");
  for (const DutyBoundaryInfo& boundary : list) {
    std::string with;
    for (const std::string& id : boundary.with_body_ids) {
      std::optional<Body> other = find_body(db, id);
      with += (with.empty() ? "" : "、") + (other ? other->name : id);
    }
    sheet->text(with.empty() ? boundary.text : "与" + with + "的职责分工：" + boundary.text);
  }
}

// The 三定 in force and every document that changed the duties after it, up to the date.
void sources(BodySheet* sheet, const DutyDatabase& db, const BodyProfile& profile) {
  std::vector<DocumentSummary> documents;
  for (const DocumentSummary& d : body_documents(db, profile.body_id)) {
    if (d.effective >= profile.sanding->effective && d.effective <= profile.date) documents.push_back(d);
  }
  if (documents.empty()) return;
  sheet->h += "<h2>附：职责依据文件</h2>\n<table>\n<thead><tr><th>文号</th><th>标题</th><th>类别</th>"
              "<th>施行日期</th></tr></thead>\n<tbody>\n";
  for (const DocumentSummary& d : documents) {
    sheet->h += "<tr><td class=\"nw\">" + html_escape(d.doc_no) + "</td><td>" + html_escape(d.title) +
                "</td><td class=\"nw\">" + html_escape(std::string(document_kind_label(d.kind))) +
                "</td><td class=\"nw\">" + html_escape(d.effective) + "</td></tr>\n";
  }
  sheet->h += "</tbody>\n</table>\n";
}

}  // namespace

std::optional<std::string> body_print_html(const DutyDatabase& db, std::string_view body_id,
                                           std::string_view date) {
  std::optional<Body> body = find_body(db, body_id);
  if (!body) return std::nullopt;
  std::optional<BodyProfile> profile = body_profile(db, body_id, date);
  DatasetInfo info = dataset_info(db);

  BodySheet sheet;
  sheet.h = print_page_start(body->name, /*landscape=*/false,
                             std::string(kPrintProseCss) + "td.nw { white-space: nowrap; }\n");
  sheet.h += "<p class=\"meta\">" + facts_line(*body) + "</p>\n";
  bool has_duties = profile && profile->sanding;
  if (has_duties) {
    sheet.h += "<p class=\"meta\">三定规定：" + document_reference(*profile->sanding) + "</p>\n";
    if (profile->last_document && profile->last_document->doc_no != profile->sanding->doc_no) {
      sheet.h += "<p class=\"meta\">最近调整：" + document_reference(*profile->last_document) + "</p>\n";
    }
  }
  sheet.h += "<p class=\"meta\">" + print_source_line({info.name, info.data_date, info.sample});
  if (has_duties) sheet.h += " · 职责为 " + html_escape(profile->date) + " 施行的职责";
  sheet.h += "</p>\n";

  if (!has_duties) {
    sheet.h += "<p class=\"note\">暂无该机构的三定职责信息。</p>\n";
  } else {
    if (!profile->setup.empty()) {
      sheet.section("机构设置");
      sheet.text(profile->setup);
    }
    clauses(&sheet, *profile);
    if (!profile->transformation.empty()) {
      sheet.section("职能转变");
      sheet.numbered(profile->transformation);
    }
    divisions(&sheet, profile->divisions);
    staffing(&sheet, profile->staffing);
    boundaries(&sheet, db, profile->boundaries);
    sources(&sheet, db, *profile);
  }
  sheet.h += kPrintPageEnd;
  return sheet.h;
}

}  // namespace dutyatlas
