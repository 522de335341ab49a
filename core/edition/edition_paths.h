// Where each page of the HTML edition (文字版) lives, relative to the edition's folder. One
// definition shared by the builder, which writes the pages, and the client, which links each
// view to its page (the 文字版 link and <link rel="alternate">) — so the two can never disagree.
//
//   index.html                          首页: the district, categories, entries to every module
//   category/<code>.html                the bodies of a category
//   body/<id>.html                      a body: 三定, 内设机构, 编制, 职责分工, documents, 历史沿革
//   documents/index.html                职责文件档案库: every document
//   document/<key>.html                 one document in full
//   lists/index.html                    清单查询: every list
//   lists/<kind>/<page>.html            a list, paged (page 1, 2, …)
//   item/<kind>/<key>.html              one power, task or division matter
//   changes/<year>.html                 全区职责调整 of a year
//
// Ids, codes and keys made only of ASCII letters, digits, '-', '_' and '.' (at most 64 bytes,
// not starting with '.') stand for themselves, so URLs stay readable (body/sthjj.html,
// item/powers/XZCF-QWB-0001.html); anything else — a 文号 such as 示编〔2019〕22号 — is named by
// the first 16 hex digits of its SHA-256, which every web server and file system accepts.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// The folder of the edition inside a publication folder (beside manifest.json).
inline constexpr const char* kEditionFolder = "text";

// A name safe in a URL path and a file name: `key` itself when it is plain ASCII as above,
// otherwise the first 16 hex digits of its SHA-256.
std::string edition_file_key(std::string_view key);

std::string edition_home_path();
std::string edition_category_path(std::string_view category_code);
std::string edition_body_path(std::string_view body_id);
std::string edition_documents_path();
std::string edition_document_path(std::string_view doc_no);
std::string edition_lists_path();
std::string edition_list_path(std::string_view kind, int page);  // page counts from 1
std::string edition_item_path(std::string_view kind, std::string_view key);
std::string edition_changes_path(std::string_view year);

}  // namespace dutyatlas
