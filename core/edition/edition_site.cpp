// Walks a publication into the files of its HTML edition (see edition_site.h).
//
// Order: lists and their items first, since each item names the bodies it concerns and a body's
// page lists those items (BodyListIndex); then home, categories, bodies, documents, change logs;
// the sitemap last, naming every page written.
#include "core/edition/edition_site.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <vector>

#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_style.h"

namespace dutyatlas {
namespace {

class EditionWriter {
 public:
  EditionWriter(const DutyDatabase& db, const EditionOptions& options, const EditionSink& sink)
      : db_(db), options_(options), sink_(sink), info_(dataset_info(db)) {}

  EditionStats run() {
    for (const ListKindInfo& kind : list_kinds(db_)) write_list(kind);
    std::vector<std::string> years = edition_change_years(db_);
    page(edition_home_path(), edition_home_page(db_, info_, years));
    for (const CategorySummary& category : category_summaries(db_)) {
      page(edition_category_path(category.code), edition_category_page(db_, info_, category));
    }
    static const std::vector<BodyListEntry> kNone;
    for (const Body& body : list_bodies(db_)) {
      auto it = body_lists_.find(body.id);
      page(edition_body_path(body.id),
           edition_body_page(db_, info_, body, it == body_lists_.end() ? kNone : it->second));
    }
    page(edition_documents_path(), edition_documents_page(db_, info_));
    for (const DocumentSummary& summary : list_documents(db_, {}).documents) {
      std::optional<DocumentDetail> detail = document_detail(db_, summary.doc_no);
      if (!detail) throw std::runtime_error("document " + summary.doc_no + " cannot be read back");
      page(edition_document_path(summary.doc_no), edition_document_page(info_, *detail));
    }
    page(edition_lists_path(), edition_lists_page(db_, info_));
    for (const std::string& year : years) {
      page(edition_changes_path(year), edition_changes_page(db_, info_, year, years));
    }
    file(kEditionStyleSheetPath, std::string(edition_style_sheet()));
    if (!options_.base_url.empty()) {
      write_sitemaps();
      file("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + options_.base_url + "sitemap.xml\n");
    }
    return stats_;
  }

 private:
  void file(const std::string& path, const std::string& content) {
    if (!written_.insert(path).second) throw std::runtime_error("two pages of the edition at " + path);
    sink_(path, content);
    ++stats_.files;
    stats_.bytes += content.size();
  }

  void page(const std::string& path, const std::string& html) {
    file(path, html);
    ++stats_.pages;
    pages_.push_back(path);
  }

  // One page per kEditionRowsPerPage rows; the items of the rows on it after each page.
  void write_list(const ListKindInfo& kind) {
    int pages = int((kind.count + kEditionRowsPerPage - 1) / kEditionRowsPerPage);
    if (pages == 0) pages = 1;
    std::string item_kind = edition_row_item_kind(kind.kind);
    for (int p = 1; p <= pages; ++p) {
      ListQuery query;
      query.kind = kind.kind;
      query.offset = std::size_t(p - 1) * kEditionRowsPerPage;
      query.limit = kEditionRowsPerPage;
      ListResult rows;
      std::string error;
      if (!run_list_query(db_, query, &rows, &error)) {
        throw std::runtime_error("list " + kind.kind + ": " + error);
      }
      page(edition_list_path(kind.kind, p), edition_list_page(info_, rows, p, pages));
      if (item_kind != kind.kind) continue;  // 责任清单: shown on the powers' pages
      for (const ListRow& row : rows.rows) write_item(kind, edition_row_item_key(kind.kind, row.key));
    }
  }

  void write_item(const ListKindInfo& kind, const std::string& key) {
    if (!items_.insert(kind.kind + '\n' + key).second) return;  // a matter's later stages
    ListItem item;
    std::string error;
    if (!list_item(db_, kind.kind, key, &item, &error)) {
      throw std::runtime_error("list " + kind.kind + " item " + key + ": " + error);
    }
    page(edition_item_path(kind.kind, key), edition_item_page(info_, item, kind.name));
    std::set<std::string> named;
    for (const ListItemBody& body : item.bodies) {
      if (body.id.empty() || !named.insert(body.id).second) continue;
      body_lists_[body.id].push_back({kind.kind, kind.name, key, item.title});
    }
  }

  // sitemap.xml names every page; past the protocol's 50,000 URLs a file it is an index of
  // sitemap-1.xml, sitemap-2.xml, … Paths are ASCII (edition_paths.h): no escaping needed.
  void write_sitemaps() {
    const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const std::string ns = " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    const std::string lastmod = "<lastmod>" + info_.data_date + "</lastmod>";
    auto urlset = [&](std::size_t begin, std::size_t end) {
      std::string xml = head + "<urlset" + ns;
      for (std::size_t i = begin; i < end; ++i) {
        xml += "<url><loc>" + options_.base_url + pages_[i] + "</loc>" + lastmod + "</url>\n";
      }
      return xml + "</urlset>\n";
    };
    if (pages_.size() <= kUrlsPerSitemap) return file("sitemap.xml", urlset(0, pages_.size()));
    std::string index = head + "<sitemapindex" + ns;
    for (std::size_t begin = 0, n = 1; begin < pages_.size(); begin += kUrlsPerSitemap, ++n) {
      std::string name = "sitemap-" + std::to_string(n) + ".xml";
      file(name, urlset(begin, std::min(pages_.size(), begin + kUrlsPerSitemap)));
      index += "<sitemap><loc>" + options_.base_url + name + "</loc>" + lastmod + "</sitemap>\n";
    }
    file("sitemap.xml", index + "</sitemapindex>\n");
  }

  static constexpr std::size_t kUrlsPerSitemap = 50000;

  const DutyDatabase& db_;
  const EditionOptions& options_;
  const EditionSink& sink_;
  DatasetInfo info_;
  EditionStats stats_;
  std::set<std::string> written_;
  std::set<std::string> items_;
  std::vector<std::string> pages_;
  BodyListIndex body_lists_;
};

}  // namespace

EditionStats write_edition(const DutyDatabase& db, const EditionOptions& options,
                           const EditionSink& sink) {
  return EditionWriter(db, options, sink).run();
}

}  // namespace dutyatlas
