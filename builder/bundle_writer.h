// Turns a validated Dataset and its duty history into the bytes of a bundle-schema SQLite
// database (core/bundle/bundle_schema.h).
//
// The database is built in memory and serialised, so nothing touches the output folder until
// publish.h writes the finished files. Same Dataset in, same bytes out: rows are inserted in a
// fixed order, nothing records a time, and the image is VACUUMed before it is taken.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/history/duty_history.h"
#include "core/search/search_lexicon.h"
#include "core/bundle/model.h"

namespace dutyatlas::builder {

struct DatabaseImage {
  std::vector<std::uint8_t> bytes;
  std::map<std::string, std::uint64_t> counts;  // rows per kind, for the manifest
};

// Throws std::runtime_error if SQLite fails (a bug or out of memory, never bad input: the
// source reader has checked the data).
// Whether the image keeps the search index the builder built: never in a bundle (schema 5);
// kKeep only for tests comparing it with the index a reader builds.
enum class SearchTables { kDrop, kKeep };

// `lexicon`: the general lexicon's lines in force (Source::lexicon), written to the `lexicon`
// table for the readers' search index.
DatabaseImage write_database_image(const Dataset& dataset, const DutyHistory& history,
                                   const std::vector<LexiconLine>& lexicon = {},
                                   SearchTables search = SearchTables::kDrop);

}  // namespace dutyatlas::builder
