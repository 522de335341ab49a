// Opens "a publication" as `dutyatlas diff` takes it: either a built publication folder
// (manifest.json + bundle, as `dutyatlas build` writes it) or a source folder (dataset.json …,
// docs/source-format.md), which is read, checked and turned into a database in memory. Nothing
// is written to disk.
#pragma once

#include <iostream>
#include <memory>
#include <string>

#include "core/bundle/duty_database.h"

namespace dutyatlas::builder {

// Returns null and sets *error when `dir` is neither, cannot be read, or (a source folder) has
// errors; then the source reader's errors are printed to `diagnostics` (warnings are not: they
// are `dutyatlas check`'s business). `index` kLater leaves the search index unbuilt, for a
// command that never searches (at synth --scale 20 the index takes seconds to build).
std::unique_ptr<DutyDatabase> load_publication(const std::string& dir, std::string* error,
                                               std::ostream& diagnostics = std::cerr,
                                               SearchIndexAt index = SearchIndexAt::kOpen);

}  // namespace dutyatlas::builder
