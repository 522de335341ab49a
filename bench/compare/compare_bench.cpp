// Micro-benchmark of 新旧对照 (core/history/duty_compare.h), natively: how long compare_versions takes
// on two 40-clause versions of a body, and compare_duties end to end on a built bundle.
//
//   bench/compare/run.sh [BUNDLE_DIR]     (needs a native build in build/)
//
// Clauses are real ones from assets/demo/sanding. Scenarios, each timed over many runs
// (median and 99th percentile per comparison):
//   new-sanding    a second 三定 (every clause superseded, so all go through content alignment):
//                  20 kept (some moved), 12 lightly reworded, 3 removed, 3 added, a split, a
//                  merge — 40 clauses on each side
//   unrelated      40 old against 40 entirely different new clauses: the worst case, every pair
//                  scored and probed for split / merge
//   adjustments    one 三定 and adjustment documents rewording 10, removing 2, adding 2
//   char-diff      diff_chars on one reworded pair (~60 characters)
//   char-diff-far  diff_chars on two unrelated clauses (the most edits)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/history/char_diff.h"
#include "core/history/duty_compare.h"
#include "core/bundle/duty_database.h"

using namespace dutyatlas;

namespace {

std::vector<std::string> demo_clauses(const std::string& root) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(root + "/assets/demo/sanding")) {
    files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) {
    std::ifstream in(f);
    auto j = nlohmann::json::parse(in);
    for (const auto& d : j["duties"]) {
      std::string text = d.get<std::string>();
      if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
    }
  }
  return out;
}

ClauseVersion version(const std::string& key, int position, const std::string& text,
                      const std::string& from, const std::string& to, const std::string& opened,
                      OpenedHow how, const std::string& closed = "",
                      ClosedHow closed_how = ClosedHow::kInForce) {
  ClauseVersion v;
  v.body_id = "x";
  v.key = key;
  v.position = position;
  v.text = text;
  v.valid_from = from;
  v.valid_to = to;
  v.opened_by = opened;
  v.opened_how = how;
  v.closed_by = closed;
  v.closed_how = closed_how;
  return v;
}

// A light rewording: drop a phrase after the first comma, add one before the full stop.
std::string reword(const std::string& text) {
  std::string out = text;
  auto comma = out.find("，");
  if (comma != std::string::npos) {
    auto next = out.find("，", comma + 3);
    if (next != std::string::npos && next - comma < 40) out.erase(comma, next - comma);
  }
  auto stop = out.rfind("。");
  if (stop != std::string::npos) out.insert(stop, "，加强监督检查");
  return out;
}

void time_it(const char* name, int runs, const std::function<void()>& f) {
  std::vector<double> us;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    f();
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(us.begin(), us.end());
  std::printf("%-14s median %8.1f µs   p99 %8.1f µs   (%d runs)\n", name, us[us.size() / 2],
              us[std::min(us.size() - 1, us.size() * 99 / 100)], runs);
}

}  // namespace

int main(int argc, char** argv) {
  std::string root = DUTYATLAS_SOURCE_DIR;
  auto pool = demo_clauses(root);
  if (pool.size() < 130) {
    std::fprintf(stderr, "need at least 130 demo clauses, found %zu\n", pool.size());
    return 1;
  }
  std::vector<std::string> old_texts(pool.begin(), pool.begin() + 40);

  // new-sanding: the second 三定 (2024) replaces the first (2019).
  std::vector<std::string> new_texts;
  for (int i = 0; i < 40; ++i) {
    if (i == 5 || i == 17 || i == 29) continue;           // removed
    if (i == 11) {                                         // split in two at a comma
      const std::string& t = old_texts[i];
      auto mid = t.find("，", t.size() / 3);
      if (mid == std::string::npos) mid = t.size() / 2 / 3 * 3;
      new_texts.push_back(t.substr(0, mid) + "。");
      new_texts.push_back("负责" + t.substr(mid + 3));
      continue;
    }
    if (i == 20) continue;                                 // merged into 21
    if (i == 21) {
      new_texts.push_back(old_texts[20].substr(0, old_texts[20].size() - 3) + "，" + old_texts[21]);
      continue;
    }
    new_texts.push_back(i % 3 == 0 ? reword(old_texts[i]) : old_texts[i]);
  }
  std::swap(new_texts[2], new_texts[30]);                  // moved
  std::swap(new_texts[7], new_texts[25]);
  for (int k = 0; k < 3; ++k) new_texts.insert(new_texts.begin() + 10 * k + 3, pool[40 + k]);
  while (new_texts.size() > 40) new_texts.pop_back();
  std::vector<ClauseVersion> sandings;
  for (int i = 0; i < 40; ++i) {
    sandings.push_back(version(std::to_string(i + 1), i + 1, old_texts[i], "2019-03-01", "2024-02-01",
                               "A", OpenedHow::kSanding, "B", ClosedHow::kSuperseded));
  }
  for (std::size_t i = 0; i < new_texts.size(); ++i) {
    sandings.push_back(version(std::to_string(i + 1), int(i) + 1, new_texts[i], "2024-02-01", "", "B",
                               OpenedHow::kSanding));
  }

  std::vector<ClauseVersion> unrelated;
  for (int i = 0; i < 40; ++i) {
    unrelated.push_back(version(std::to_string(i + 1), i + 1, pool[i], "2019-03-01", "2024-02-01", "A",
                                OpenedHow::kSanding, "B", ClosedHow::kSuperseded));
    unrelated.push_back(version(std::to_string(i + 1), i + 1, pool[50 + i], "2024-02-01", "", "B",
                                OpenedHow::kSanding));
  }

  std::vector<ClauseVersion> adjusted;
  for (int i = 0; i < 40; ++i) {
    std::string key = std::to_string(i + 1);
    if (i % 4 == 1) {
      adjusted.push_back(version(key, i + 1, old_texts[i], "2019-03-01", "2021-07-01", "A", OpenedHow::kSanding, "C",
                                 ClosedHow::kReword));
      adjusted.push_back(version(key, i + 1, reword(old_texts[i]), "2021-07-01", "", "C", OpenedHow::kReword));
    } else if (i == 6 || i == 30) {
      adjusted.push_back(version(key, i + 1, old_texts[i], "2019-03-01", "2022-03-01", "A", OpenedHow::kSanding, "D",
                                 ClosedHow::kRemove));
    } else {
      adjusted.push_back(version(key, i + 1, old_texts[i], "2019-03-01", "", "A", OpenedHow::kSanding));
    }
  }
  adjusted.push_back(version("a1", 41, pool[60], "2022-03-01", "", "D", OpenedHow::kAdd));
  adjusted.push_back(version("a2", 42, pool[61], "2022-03-01", "", "D", OpenedHow::kAdd));

  auto summary = [](const DutyComparison& c) {
    const auto& s = c.summary;
    std::printf("  %d → %d clauses: 未变 %d 新增 %d 删除 %d 修改 %d 拆分 %d 合并 %d\n", c.old_count,
                c.new_count, s.unchanged, s.added, s.removed, s.reworded, s.split, s.merged);
  };
  summary(compare_versions(sandings, "2020-01-01", "2025-01-01"));
  time_it("new-sanding", 2000, [&] { compare_versions(sandings, "2020-01-01", "2025-01-01"); });
  summary(compare_versions(unrelated, "2020-01-01", "2025-01-01"));
  time_it("unrelated", 2000, [&] { compare_versions(unrelated, "2020-01-01", "2025-01-01"); });
  summary(compare_versions(adjusted, "2020-01-01", "2025-01-01"));
  time_it("adjustments", 2000, [&] { compare_versions(adjusted, "2020-01-01", "2025-01-01"); });
  std::string a = old_texts[3], b = reword(old_texts[3]);
  time_it("char-diff", 20000, [&] { diff_chars(a, b); });
  std::string x = pool[0], y = pool[50];  // unrelated: the most edits
  time_it("char-diff-far", 20000, [&] { diff_chars(x, y); });

  if (argc > 1) {
    Manifest manifest;
    std::string error;
    auto db = open_bundle_dir(argv[1], &manifest, &error);
    if (!db) {
      std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
      return 1;
    }
    for (const char* body : {"zhzfj", "slj"}) {
      auto c = compare_duties(*db, body);
      std::printf("bundle %s (%s → %s):\n", body, c->from_date.c_str(), c->to_date.c_str());
      summary(*c);
      time_it(body, 500, [&] { compare_duties(*db, body); });
    }
  }
  return 0;
}
