// How the `dutyatlas` CLI reports a command line it cannot run: the reason and the usage text
// on stderr, exit code 2. In the builder library (not main.cpp) because the subcommands report
// their own usage errors and the unit tests link them without main(). Not for errors in the data
// or the files a command reads: those are diagnostics (diagnostics.h) or exit code 1.
#pragma once

#include <string>

namespace dutyatlas::builder {

// The usage of every subcommand, as `dutyatlas` with no arguments prints it.
extern const char* const kUsage;

// Prints "dutyatlas: <why>" and `usage` (the whole CLI's unless a form names its own) to stderr;
// returns exit code 2.
int usage_error(const std::string& why, const char* usage = kUsage);

}  // namespace dutyatlas::builder
