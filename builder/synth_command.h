// `dutyatlas synth --scale N -o DIR [--from SOURCE_DIR]`: a synthetic source tree N times the
// size of SOURCE_DIR (default assets/demo), for benchmarks.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

// Returns the process exit code; usage errors are reported through usage_error() (usage.h).
int run_synth(const std::vector<std::string>& args);

}  // namespace dutyatlas::builder
