// Overlap pairs gathered into groups of clauses that all overlap one another (overlap_groups.h).
#include "core/audit/overlap_groups.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace dutyatlas {
namespace {

constexpr std::size_t kGroupTerms = 5;   // shared terms named in a group's summary
constexpr std::size_t kNamedBodies = 3;  // bodies named in a group's summary, the rest counted

struct Group {
  std::size_t seed;                 // the finding of its first (highest scoring) pair
  std::vector<int> members;         // clause ids, in the order they joined
  // Each member after the first two: the finding of the pair that brought it in, and its side
  // of that pair (0 or 1, the index of its reference).
  std::vector<std::pair<std::size_t, int>> joined;
};

class Grouper {
 public:
  Grouper(std::vector<AuditFinding>& findings, std::size_t first) : findings_(findings) {
    for (std::size_t i = first; i < findings.size(); ++i) {
      const int x = clause_id(findings[i].refs[0]), y = clause_id(findings[i].refs[1]);
      pair_finding_.emplace(key(x, y), i);
      pairs_.push_back({i, x, y});
    }
    // Highest score first; ties keep the finders' order (clause order), so the result is stable.
    std::stable_sort(pairs_.begin(), pairs_.end(), [&](const Pair& a, const Pair& b) {
      return findings[a.finding].score > findings[b.finding].score;
    });
    for (const Pair& p : pairs_) place(p);
  }

  const std::vector<Group>& groups() const { return groups_; }

 private:
  struct Pair {
    std::size_t finding;
    int x, y;
  };

  int clause_id(const FindingRef& ref) {
    std::string k = ref.body_id;
    k.push_back('\x1f');
    k += ref.item;
    return ids_.emplace(std::move(k), int(ids_.size())).first->second;
  }
  static std::uint64_t key(int a, int b) {
    if (a > b) std::swap(a, b);
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
  }
  bool in(const Group& g, int clause) const {
    return std::find(g.members.begin(), g.members.end(), clause) != g.members.end();
  }
  // Whether `clause` overlaps every member of g, each pair settled as g's seed is (or none is).
  bool fits(const Group& g, int clause) const {
    const std::string& settled = findings_[g.seed].settled_by;
    for (int m : g.members) {
      auto it = pair_finding_.find(key(m, clause));
      if (it == pair_finding_.end() || findings_[it->second].settled_by != settled) return false;
    }
    return true;
  }
  void place(const Pair& p) {
    for (std::size_t g : groups_of_[p.x]) {
      if (in(groups_[g], p.y)) return;  // both already in one group: part of it
    }
    for (auto [from, other] : {std::pair{p.x, p.y}, std::pair{p.y, p.x}}) {
      for (std::size_t g : groups_of_[from]) {
        if (!fits(groups_[g], other)) continue;
        groups_[g].members.push_back(other);
        groups_[g].joined.push_back({p.finding, other == p.x ? 0 : 1});
        groups_of_[other].push_back(g);
        return;
      }
    }
    groups_of_[p.x].push_back(groups_.size());
    groups_of_[p.y].push_back(groups_.size());
    groups_.push_back({p.finding, {p.x, p.y}, {}});
  }

  std::vector<AuditFinding>& findings_;
  std::unordered_map<std::string, int> ids_;                 // body + item → clause id
  std::unordered_map<std::uint64_t, std::size_t> pair_finding_;  // clause pair → its finding
  std::vector<Pair> pairs_;
  std::vector<Group> groups_;
  std::unordered_map<int, std::vector<std::size_t>> groups_of_;  // clause id → its groups
};

// A、B与C的职责可能交叉 (at most three names, then 等N个机构), with the shared terms.
std::string group_summary(const AuditContext& context, const std::vector<FindingRef>& refs,
                          const std::vector<std::string>& terms) {
  std::vector<std::string> bodies;
  for (const auto& r : refs) {
    if (std::find(bodies.begin(), bodies.end(), r.body_id) == bodies.end()) bodies.push_back(r.body_id);
  }
  std::string out;
  const std::size_t named = bodies.size() > kNamedBodies ? kNamedBodies : bodies.size();
  for (std::size_t i = 0; i < named; ++i) {
    if (i > 0) out += (i + 1 == named && named == bodies.size()) ? "与" : "、";
    out += context.name_of(bodies[i]);
  }
  if (named < bodies.size()) out += "等" + std::to_string(bodies.size()) + "个机构";
  out += "的职责可能交叉";
  std::string joined;
  for (const auto& t : terms) joined += (joined.empty() ? "" : "、") + t;
  if (!joined.empty()) out += "（共同要点：" + joined + "）";
  return out;
}

}  // namespace

void group_overlaps(const AuditContext& context, std::vector<AuditFinding>* findings, std::size_t first) {
  if (findings->size() - first < 2) return;
  std::vector<AuditFinding>& all = *findings;
  Grouper grouper(all, first);
  std::vector<AuditFinding> grouped;
  grouped.reserve(grouper.groups().size());
  for (const Group& g : grouper.groups()) {
    AuditFinding f = std::move(all[g.seed]);
    if (!g.joined.empty()) {
      // The seed's two references, then each member's that joined, from its joining pair.
      for (auto [finding, side] : g.joined) {
        const AuditFinding& pair = all[finding];  // never a seed: moving seeds leaves it whole
        f.refs.push_back(pair.refs[std::size_t(side)]);
        for (const auto& t : pair.shared_terms) {
          if (f.shared_terms.size() < kGroupTerms &&
              std::find(f.shared_terms.begin(), f.shared_terms.end(), t) == f.shared_terms.end()) {
            f.shared_terms.push_back(t);
          }
        }
      }
      f.summary = group_summary(context, f.refs, f.shared_terms);
    }
    grouped.push_back(std::move(f));
  }
  all.resize(first);
  for (auto& f : grouped) all.push_back(std::move(f));
}

}  // namespace dutyatlas
