// The options of `dutyatlas build SOURCE -o OUT` for the tests that run the build pipeline in
// process (builder::run_build), drawing with the test font.
#pragma once

#include <filesystem>

#include "builder/build_command.h"

namespace dutyatlas::test {

inline builder::BuildOptions build_options(const std::filesystem::path& source,
                                           const std::filesystem::path& out) {
  builder::BuildOptions options;
  options.source_dir = source.string();
  options.out_dir = out.string();
  options.font_path = DUTYATLAS_TEST_FONT;
  return options;
}

}  // namespace dutyatlas::test
