// Characters of the sources that the font cannot draw, reported where they are written.
//
// `build` cuts the font to the characters of the publication and must refuse one the font lacks
// (the client would draw a blank box); `check` asks the same question first, so that both agree
// and the publisher is sent to the file, line and field, with the `--font` way out. Not the
// subsetting itself (font_subset.h).
#pragma once

#include <set>
#include <string>

#include "builder/diagnostics.h"

namespace dutyatlas::builder {

// Reports, for every character of `drawn` that the font lacks, each place in the JSON and CSV
// files of `source_dir` where it is written (capped per character). Returns false (and reports
// a font that cannot be read) if anything was missing.
bool check_glyphs(const std::string& source_dir, const std::set<char32_t>& drawn,
                  const std::string& font_path, unsigned font_face, Diagnostics* diagnostics);

}  // namespace dutyatlas::builder
