// Writes a finished publication into the output folder, all or nothing.
//
// The bundle and font carry their hashes in their names, so new ones never overwrite what a
// browser may be reading; each is written to a temporary name and renamed into place, and
// manifest.json is renamed last. If anything fails before that final rename, the temporary
// files are removed and the previous publication stays exactly as it was. Every file is flushed
// to the disk (fsync) before its rename, and the folder after. The bundle and fonts of the
// publication before are kept until the next one (one generation): a reader mid-load keeps its
// files; older ones are removed.
//
// The HTML edition (文字版), staged whole in a temporary folder (edition_output.h), replaces the
// folder text/ just before manifest.json is renamed: the old edition is moved aside and
// removed, so pages of bodies or documents that no longer exist go with it. Without a staged
// edition (--no-edition) an old text/ is removed too: it would describe other data.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/bundle/bundle_format.h"

namespace dutyatlas::builder {

struct Publication {
  std::vector<std::uint8_t> compressed_bundle;
  std::vector<std::uint8_t> font;
  // The typing font's pieces, in the order of manifest.typing_fonts (whose ranges and glyph
  // counts the caller fills in); none: no typing font.
  std::vector<std::vector<std::uint8_t>> typing_fonts;
  std::string staged_edition;  // the edition's temporary folder inside out_dir; empty: none
  Manifest manifest;  // file entries are filled in by publish()
};

// Returns the manifest as written. Throws std::runtime_error on I/O failure.
Manifest publish(const std::string& out_dir, Publication publication);

}  // namespace dutyatlas::builder
