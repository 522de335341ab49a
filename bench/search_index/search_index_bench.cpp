// How long a reader takes to build the search index when it opens a bundle (bundle schema 5:
// the index is not in the download, core/search/search_index.h), natively:
//
//   bench/search_index/run.sh [BUNDLE_DIR] [RUNS]   (needs a native build in build/)
//
// Per run: the whole open with the index built at open (SearchIndexAt::kOpen) against the open
// without it (kLater, nothing built), and, built in slices as the client does (300 rows per
// slice): the first slice (reading and gathering the rows), the longest slice of rows, the
// merge into one segment ('optimize'), and the number of slices. Medians over RUNS (default 9).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/bundle/duty_database.h"

using namespace dutyatlas;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "out/site/data";
  const int runs = argc > 2 ? std::atoi(argv[2]) : 9;
  Manifest manifest;
  std::string error;
  std::vector<double> with_index, without_index, first_slice, longest_slice, merge, rows_total;
  std::size_t rows = 0, slices = 0;
  for (int run = 0; run < runs; ++run) {
    auto t = Clock::now();
    auto db = open_bundle_dir(dir, &manifest, &error);
    if (!db || !db->search_ready()) {
      std::fprintf(stderr, "cannot open %s: %s\n", dir.c_str(), error.c_str());
      return 1;
    }
    with_index.push_back(ms_since(t));
  }
  std::FILE* f = std::fopen((dir + "/" + manifest.bundle.file).c_str(), "rb");
  if (!f) {
    std::fprintf(stderr, "cannot read the bundle\n");
    return 1;
  }
  std::vector<std::uint8_t> bundle(manifest.bundle.bytes);
  if (std::fread(bundle.data(), 1, bundle.size(), f) != bundle.size()) return 1;
  std::fclose(f);
  for (int run = 0; run < runs; ++run) {
    auto t = Clock::now();
    auto db = DutyDatabase::open_bundle(bundle.data(), bundle.size(), manifest, &error,
                                        SearchIndexAt::kLater);
    if (!db) {
      std::fprintf(stderr, "cannot open: %s\n", error.c_str());
      return 1;
    }
    without_index.push_back(ms_since(t));
    double longest = 0, last = 0;
    slices = 0;
    auto whole = Clock::now();
    while (!db->search_ready()) {
      auto s = Clock::now();
      if (!db->build_search_slice(300, &error)) {
        std::fprintf(stderr, "index: %s\n", error.c_str());
        return 1;
      }
      last = ms_since(s);
      if (slices == 0) {
        first_slice.push_back(last);
        rows = db->search_rows_total();
      } else if (!db->search_ready()) {
        longest = std::max(longest, last);
      }
      ++slices;
    }
    rows_total.push_back(ms_since(whole));
    longest_slice.push_back(longest);
    merge.push_back(last);
  }
  std::printf("bundle %s: %zu rows to index, %d runs (medians)\n", dir.c_str(), rows, runs);
  std::printf("  open, index built at open   %8.1f ms\n", median(with_index));
  std::printf("  open, index not built       %8.1f ms\n", median(without_index));
  std::printf("  index in slices of 300 rows %8.1f ms in all, %zu slices\n", median(rows_total), slices);
  std::printf("    first slice (read rows)   %8.1f ms\n", median(first_slice));
  std::printf("    longest slice of rows     %8.1f ms\n", median(longest_slice));
  std::printf("    merge (optimize)          %8.1f ms\n", median(merge));
  return 0;
}
