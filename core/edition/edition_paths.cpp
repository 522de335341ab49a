// Page paths of the HTML edition (see edition_paths.h).
#include "core/edition/edition_paths.h"

#include "core/base/sha256.h"

namespace dutyatlas {
namespace {

bool is_plain(std::string_view key) {
  if (key.empty() || key.size() > 64 || key.front() == '.') return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string edition_file_key(std::string_view key) {
  if (is_plain(key)) return std::string(key);
  return sha256_hex(key).substr(0, 16);
}

std::string edition_home_path() { return "index.html"; }

std::string edition_category_path(std::string_view category_code) {
  return "category/" + edition_file_key(category_code) + ".html";
}

std::string edition_body_path(std::string_view body_id) {
  return "body/" + edition_file_key(body_id) + ".html";
}

std::string edition_documents_path() { return "documents/index.html"; }

std::string edition_document_path(std::string_view doc_no) {
  return "document/" + edition_file_key(doc_no) + ".html";
}

std::string edition_lists_path() { return "lists/index.html"; }

std::string edition_list_path(std::string_view kind, int page) {
  return "lists/" + edition_file_key(kind) + "/" + std::to_string(page < 1 ? 1 : page) + ".html";
}

std::string edition_item_path(std::string_view kind, std::string_view key) {
  return "item/" + edition_file_key(kind) + "/" + edition_file_key(key) + ".html";
}

std::string edition_changes_path(std::string_view year) {
  return "changes/" + edition_file_key(year) + ".html";
}

}  // namespace dutyatlas
