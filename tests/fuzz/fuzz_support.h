// Shared by the libFuzzer targets (docs/fuzzing.md): what every target asserts when an
// invariant breaks — a message on stderr and abort(), which libFuzzer reports as a crash and
// saves the input for (then it becomes a unit test in tests/unit).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/base/utf8.h"

#define FUZZ_CHECK(condition)                                                       \
  do {                                                                              \
    if (!(condition)) {                                                             \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)

inline std::string_view fuzz_text(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}
