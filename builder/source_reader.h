// Reads a publisher's source folder (docs/source-format.md) into a Dataset, collecting every
// problem on the way, and replays its documents into the duty history.
//
// Problems are reported, never thrown: the caller decides whether to write anything (only when
// there is no error).
#pragma once

#include <string>
#include <vector>

#include "builder/diagnostics.h"
#include "core/history/duty_history.h"
#include "core/bundle/model.h"
#include "core/search/search_lexicon.h"

namespace dutyatlas::builder {

struct Source {
  Dataset dataset;
  DutyHistory history;
  // dataset.json's base_url: the site's address for the edition's sitemap ("" if not given).
  // The builder's business only: the bundle does not carry it.
  std::string base_url;
  // dataset.json's embed_origins, each checked: the portals the manifest allows to embed the
  // viewer (docs/embedding.md). Empty: embedding is off.
  std::vector<std::string> embed_origins;
  // dataset.json's dispatch_url, checked: the work system's address a 派单 opens, filled in
  // (core/base/dispatch_url.h). Empty: no hand-off by URL.
  std::string dispatch_url;
  // The general lexicon's lines in force, after the district's own words (builder/lexicon.h):
  // for the search index only, not carried by the bundle.
  std::vector<LexiconLine> lexicon;
};

Source read_source_folder(const std::string& dir, Diagnostics* diagnostics);

}  // namespace dutyatlas::builder
