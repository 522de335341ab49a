// Reading one of the publisher's source files, the one way the builder opens them: only a
// regular file that lies inside the source folder is read — never a symbolic link (a
// lists/powers.csv linking to /etc/passwd would be published; one linking to /dev/zero would
// exhaust memory), a device, a FIFO or a folder — and never more than kMaxSourceFileBytes.
// Not for the builder's own inputs given on the command line (fonts, interface text).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace dutyatlas::builder {

// Larger than any real 三定 file or list (the demo's largest, 责任清单, is 3 MB; a district 20
// times the demo's would be 60 MB).
inline constexpr std::uintmax_t kMaxSourceFileBytes = 256u << 20;

struct SourceFileProblem {
  std::string message;  // what is wrong, for Diagnostic::message
  std::string hint;     // what to do, for Diagnostic::hint
};

// True if anything is at `dir/name`, a link included (even one that leads nowhere): an optional
// file that is there gets read, and a link gets reported, not silently skipped.
bool source_file_exists(const std::filesystem::path& dir, const std::string& name);

// The bytes of `dir/name`, or nullopt with *problem set (missing, a link, not a regular file,
// too large, unreadable).
std::optional<std::string> read_source_file(const std::filesystem::path& dir, const std::string& name,
                                            SourceFileProblem* problem);

}  // namespace dutyatlas::builder
