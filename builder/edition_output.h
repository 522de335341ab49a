// Writes the HTML edition (core/edition/edition_site.h) of a freshly built database into a
// temporary folder inside the output folder, for publish() to rename into place as
// <out>/text/ (kEditionFolder) together with the bundle — or to remove if the build fails.
// Not the pages themselves (core/edition/) nor the renaming (publish.h).
#pragma once

#include <string>

#include "core/bundle/duty_database.h"
#include "core/edition/edition_site.h"

namespace dutyatlas::builder {

struct StagedEdition {
  std::string dir;  // the temporary folder holding the finished edition
  EditionStats stats;
  bool sitemap = false;  // written: a base_url was given
  double seconds = 0;    // time to make and write it
};

// The temporary folder's name inside the output folder (publish() removes leftovers of it).
inline constexpr const char* kStagedEditionFolder = ".tmp-text";

// The URL of the edition's folder when the site's root is at `base_url` and the publication
// folder `out_dir` sits directly in it (out/site/data beside out/site/index.html):
// "https://duty.example.gov.cn/" + "data/text/". Empty when base_url is.
std::string edition_url(const std::string& base_url, const std::string& out_dir);

// Writes every file of the edition under out_dir/.tmp-text/ (made afresh). Throws
// std::runtime_error on a failed query or write; the caller removes the folder then.
StagedEdition stage_edition(const DutyDatabase& db, const std::string& out_dir,
                            const std::string& base_url);

}  // namespace dutyatlas::builder
