# Headers most of the code includes, parsed once per target instead of once per file — in the
# checking build only (DUTYATLAS_FUZZ: clang, -O1 with sanitizers, the tests at -O0), where
# parsing is much of each file's compile: nlohmann/json alone took ~1.6 s of every file that
# includes it (86 of 272), doctest ~0.5 s of each of the 84 test files. There, with line tables
# instead of full debug information (scripts/fuzz.sh), the build went from 616 to 446 s on CI's
# two cores. Not in the Release builds: at -O3 (gcc) the optimiser dominates, and loading the
# header into every file made the native build slower (223 → 256 s).
# -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON builds without them: that every file includes what it
# uses is checked that way (and by the Release builds).
function(dutyatlas_precompile_headers target)
  if(NOT DUTYATLAS_FUZZ)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE
    <nlohmann/json.hpp> <algorithm> <map> <memory> <optional> <set> <string> <string_view> <vector>
    ${ARGN})
endfunction()
