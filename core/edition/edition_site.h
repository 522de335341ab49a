// The whole HTML edition (文字版) of a publication: every page of edition_paths.h, the style
// sheet, and — when the site's address is known — sitemap.xml and robots.txt. Hands each file
// to a sink in a fixed order, so the same database always gives the same files, byte for byte.
// Pure: the builder's sink writes them (builder/edition_output.h), a test's keeps them.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

struct EditionOptions {
  // The absolute URL of the edition's folder, ending in "/"; empty: no sitemap.xml and no
  // robots.txt (a sitemap must name absolute URLs).
  std::string base_url;
};

struct EditionStats {
  std::size_t pages = 0;  // HTML pages
  std::size_t files = 0;  // pages, style sheet, sitemap.xml, robots.txt
  std::size_t bytes = 0;  // of every file
};

// path: relative to the edition's folder ("body/sthjj.html"); content: the file's bytes.
using EditionSink = std::function<void(const std::string& path, const std::string& content)>;

// Throws std::runtime_error if a query the pages need fails (a database that does not answer
// its own list kinds is broken, not empty).
EditionStats write_edition(const DutyDatabase& db, const EditionOptions& options,
                           const EditionSink& sink);

}  // namespace dutyatlas
