// The loaded lists on their connection (see list_cache.h).
#include "core/lists/list_cache.h"

#include <sqlite3.h>

#include <functional>
#include <map>
#include <memory>
#include <new>

#include "core/lists/list_fill.h"
#include "core/lists/list_kinds.h"

namespace dutyatlas {
namespace {

struct ListCache {
  std::map<std::string, std::unique_ptr<CachedList>, std::less<>> lists;
};

constexpr const char* kCacheName = "dutyatlas.list_tables";

ListCache& cache_of(sqlite3* db) {
  void* found = sqlite3_get_clientdata(db, kCacheName);
  if (found) return *static_cast<ListCache*>(found);
  auto* cache = new ListCache;
  // Only an allocation can fail here; SQLite then destroys the cache itself.
  int rc = sqlite3_set_clientdata(db, kCacheName, cache,
                                  [](void* p) { delete static_cast<ListCache*>(p); });
  if (rc != SQLITE_OK) throw std::bad_alloc();
  return *cache;
}

std::string available_kinds(const DutyDatabase& db) {
  std::string out;
  for (const auto& k : list_kinds(db)) {
    if (!out.empty()) out += ", ";
    out += k.kind;
  }
  return out;
}

}  // namespace

CachedList* cached_list(const DutyDatabase& db, std::string_view kind, std::string* error) {
  ListCache& cache = cache_of(db.handle());
  auto it = cache.lists.find(kind);
  if (it != cache.lists.end()) return it->second.get();
  auto list = std::make_unique<CachedList>();
  if (!fill_list_table(db, kind, &list->table)) {
    *error = "没有名为“" + std::string(kind) + "”的清单（可用：" + available_kinds(db) + "）。";
    return nullptr;
  }
  return cache.lists.emplace(std::string(kind), std::move(list)).first->second.get();
}

}  // namespace dutyatlas
