# Targets for the third-party code we compile ourselves (fetched by scripts/setup.sh):
#   da_sqlite3  the SQLite amalgamation with FTS5, same options natively and in wasm
#   da_zstd     zstd; the wasm build carries only the decompressor
#   da_json     nlohmann/json headers (3.11.2, Debian's nlohmann-json3 source), natively and in wasm
#   da_imgui    Dear ImGui with the GLFW + WebGL2 backends (wasm only)
set(_deps "${DUTYATLAS_DEPS_DIR}")
foreach(_need sqlite/sqlite3.c zstd/lib/zstd.h json/include/nlohmann/json.hpp)
  if(NOT EXISTS "${_deps}/${_need}")
    message(FATAL_ERROR "Missing ${_deps}/${_need}: run scripts/setup.sh first.")
  endif()
endforeach()

# --- SQLite --------------------------------------------------------------------------------
add_library(da_sqlite3 STATIC "${_deps}/sqlite/sqlite3.c")
target_include_directories(da_sqlite3 SYSTEM PUBLIC "${_deps}/sqlite")
target_compile_definitions(da_sqlite3 PRIVATE
  SQLITE_ENABLE_FTS5 SQLITE_OMIT_LOAD_EXTENSION SQLITE_THREADSAFE=0
  SQLITE_DEFAULT_MEMSTATUS=0 SQLITE_OMIT_DEPRECATED SQLITE_DQS=0
  SQLITE_OMIT_JSON SQLITE_OMIT_SHARED_CACHE SQLITE_OMIT_DECLTYPE SQLITE_LIKE_DOESNT_MATCH_BLOBS)
if(EMSCRIPTEN)
  # The amalgamation is the bulk of the wasm: -Os whatever the build type. Every byte of the
  # program is downloaded and compiled before the first view, and V8 compiles each function at
  # its first call; at -O2 the wasm was 89 kB (brotli) larger and search and 谁来管 were no
  # faster (bench/search.mjs; docs/benchmarks.md, "A smaller program").
  target_compile_options(da_sqlite3 PRIVATE -Os)
elseif(DUTYATLAS_SANITIZE)
  # The sanitizer build checks our code; SQLite at -O0 would make its unit tests crawl.
  target_compile_options(da_sqlite3 PRIVATE -O2)
endif()

# --- zstd ----------------------------------------------------------------------------------
file(GLOB _zstd_common "${_deps}/zstd/lib/common/*.c")
file(GLOB _zstd_decompress "${_deps}/zstd/lib/decompress/*.c")
set(_zstd_sources ${_zstd_common} ${_zstd_decompress})
if(NOT EMSCRIPTEN)
  file(GLOB _zstd_compress "${_deps}/zstd/lib/compress/*.c")
  list(APPEND _zstd_sources ${_zstd_compress})
endif()
add_library(da_zstd STATIC ${_zstd_sources})
target_include_directories(da_zstd SYSTEM PUBLIC "${_deps}/zstd/lib")
target_compile_definitions(da_zstd PRIVATE ZSTD_DISABLE_ASM ZSTD_MULTITHREAD=0)

# --- nlohmann/json -------------------------------------------------------------------------
# The pinned headers for both toolchains, not the system's: the wasm and the native tools compile
# the same JSON code, whatever the machine has installed.
add_library(da_json INTERFACE)
target_include_directories(da_json SYSTEM INTERFACE "${_deps}/json/include")

# --- Dear ImGui (client only) --------------------------------------------------------------
if(EMSCRIPTEN)
  set(_imgui "${_deps}/imgui")
  add_library(da_imgui STATIC
    "${_imgui}/imgui.cpp" "${_imgui}/imgui_draw.cpp" "${_imgui}/imgui_widgets.cpp"
    "${_imgui}/imgui_tables.cpp"
    "${_imgui}/backends/imgui_impl_glfw.cpp" "${_imgui}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(da_imgui SYSTEM PUBLIC "${_imgui}" "${_imgui}/backends")
  # WebGL2: the 1.86 backend picks GLES3 only when told to.
  target_compile_definitions(da_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3
                             IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
  target_compile_options(da_imgui PRIVATE -Os)
endif()
