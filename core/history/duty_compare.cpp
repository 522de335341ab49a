// 新旧对照 (see duty_compare.h): alignment of a body's clauses on two dates.
#include "core/history/duty_compare.h"

#include "core/base/csv_writer.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/base/assignment.h"
#include "core/base/chinese_numerals.h"
#include "core/base/database_error.h"
#include "core/base/enum_text.h"
#include "core/base/sqlite_statement.h"
#include "core/history/suspected_transfer.h"

namespace dutyatlas {
namespace {

// One clause in force on one of the two dates.
struct Slot {
  std::size_t version = 0;  // index into the versions
  int number = 0;           // display number on that date
  bool done = false;        // has its row
  bool content = false;     // left to the content stage (step 4)
  std::string doc_no;       // for an unpaired clause: the document that ended / opened it
};

bool display_order(const ClauseVersion& a, const ClauseVersion& b) {
  if (a.position != b.position) return a.position < b.position;
  return a.valid_from < b.valid_from;
}

std::vector<Slot> in_force(const std::vector<ClauseVersion>& versions, const std::string& date) {
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    if (versions[i].in_force_on(date)) indices.push_back(i);
  }
  std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
    return display_order(versions[a], versions[b]);
  });
  std::vector<Slot> out;
  for (std::size_t i = 0; i < indices.size(); ++i) out.push_back({indices[i], int(i) + 1, false, false, {}});
  return out;
}

// Equal runs of the cleaned-up diff of two decoded texts, cached per pair.
struct PairDiff {
  bool computed = false;
  std::vector<DiffMatch> matches;
  std::size_t kept = 0;  // characters in equal runs
};

class Aligner {
 public:
  Aligner(const std::vector<ClauseVersion>& versions, const TermWeights& weights, std::string from,
          std::string to)
      : v_(versions), weights_(weights), from_(std::move(from)), to_(std::move(to)) {
    for (std::size_t i = 0; i < v_.size(); ++i) by_key_[v_[i].key].push_back(i);
  }

  DutyComparison run() {
    DutyComparison out;
    out.from_date = from_;
    out.to_date = to_;
    old_ = in_force(v_, from_);
    new_ = in_force(v_, to_);
    out.old_count = int(old_.size());
    out.new_count = int(new_.size());
    match_same_key();
    match_same_text();
    match_history();
    match_content();
    explain_pairs();
    order_rows();
    for (const auto& row : rows_) count(row, &out.summary);
    out.summary.split = split_groups_;
    out.summary.merged = merge_groups_;
    out.rows = std::move(rows_);
    if (!out.rows.empty() && !v_.empty()) out.body_id = v_.front().body_id;
    return out;
  }

 private:
  const ClauseVersion& ver(const Slot& s) const {
    assert(s.version < v_.size());
    return v_[s.version];
  }

  ComparedClause clause(const Slot& s) const { return {s.number, ver(s).key, ver(s).text}; }

  ComparisonRow& add_row(CompareKind kind, Slot* old_slot, Slot* new_slot, MatchedBy how) {
    ComparisonRow row;
    row.kind = kind;
    if (old_slot) {
      row.old_clause = clause(*old_slot);
      old_slot->done = true;
    }
    if (new_slot) {
      row.new_clause = clause(*new_slot);
      new_slot->done = true;
    }
    row.matched_by = how;
    rows_.push_back(std::move(row));
    return rows_.back();
  }

  void with_diff(ComparisonRow* row) {
    row->spans = diff_chars(row->old_clause->text, row->new_clause->text);
    row->similarity = similarity(row->old_clause->text, row->new_clause->text);
  }

  // 1. Same key, same text.
  void match_same_key() {
    std::unordered_map<std::string, std::size_t> old_by_key;
    for (std::size_t i = 0; i < old_.size(); ++i) old_by_key.emplace(ver(old_[i]).key, i);
    for (Slot& n : new_) {
      auto it = old_by_key.find(ver(n).key);
      if (it == old_by_key.end()) continue;
      Slot& o = old_[it->second];
      if (!o.done && ver(o).text == ver(n).text) add_row(CompareKind::kUnchanged, &o, &n, MatchedBy::kKey).similarity = 1;
    }
  }

  // 2. Same text anywhere: the first unpaired old clause with it, in old order.
  void match_same_text() {
    std::unordered_map<std::string, std::vector<std::size_t>> old_by_text;
    for (std::size_t i = old_.size(); i-- > 0;) {
      if (!old_[i].done) old_by_text[ver(old_[i]).text].push_back(i);  // reversed: pop front
    }
    for (Slot& n : new_) {
      if (n.done) continue;
      auto it = old_by_text.find(ver(n).text);
      if (it == old_by_text.end() || it->second.empty()) continue;
      Slot& o = old_[it->second.back()];
      it->second.pop_back();
      add_row(CompareKind::kUnchanged, &o, &n, MatchedBy::kText).similarity = 1;
    }
  }

  // The version that continues `index` by a rewording (same key, opened when it closed).
  std::optional<std::size_t> reworded_next(std::size_t index) const {
    const ClauseVersion& cur = v_[index];
    if (cur.closed_how != ClosedHow::kReword) return std::nullopt;
    for (std::size_t i : by_key_.at(cur.key)) {
      const ClauseVersion& c = v_[i];
      if (i != index && c.opened_how == OpenedHow::kReword && c.valid_from == cur.valid_to) return i;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> reworded_previous(std::size_t index) const {
    const ClauseVersion& cur = v_[index];
    if (cur.opened_how != OpenedHow::kReword) return std::nullopt;
    for (std::size_t i : by_key_.at(cur.key)) {
      const ClauseVersion& c = v_[i];
      if (i != index && c.closed_how == ClosedHow::kReword && c.valid_to == cur.valid_from) return i;
    }
    return std::nullopt;
  }

  bool ends_by(const ClauseVersion& c) const { return !c.valid_to.empty() && c.valid_to <= to_; }

  // 3. What the documents between the dates did.
  void match_history() {
    std::unordered_map<std::size_t, std::size_t> new_by_version;
    for (std::size_t i = 0; i < new_.size(); ++i) new_by_version.emplace(new_[i].version, i);
    for (Slot& o : old_) {
      if (o.done) continue;
      std::size_t cur = o.version;
      std::size_t steps = 0;
      while (ends_by(v_[cur]) && steps++ < v_.size()) {
        auto next = reworded_next(cur);
        if (!next) break;
        cur = *next;
      }
      const ClauseVersion& end = v_[cur];
      if (!ends_by(end)) {
        auto it = new_by_version.find(cur);
        if (it != new_by_version.end() && !new_[it->second].done) {
          Slot& n = new_[it->second];
          ComparisonRow& row = add_row(CompareKind::kReworded, &o, &n, MatchedBy::kHistory);
          with_diff(&row);
          row.doc_no = end.opened_by;
        } else {
          o.content = true;
        }
      } else if (end.closed_how == ClosedHow::kRemove) {
        add_row(CompareKind::kRemoved, &o, nullptr, MatchedBy::kHistory).doc_no = end.closed_by;
      } else if (end.closed_how == ClosedHow::kTransferOut) {
        ComparisonRow& row = add_row(CompareKind::kTransferredOut, &o, nullptr, MatchedBy::kHistory);
        row.doc_no = end.closed_by;
        row.other_body_id = end.to_body_id;
      } else {  // superseded by a later 三定 (or a chain we cannot follow)
        o.content = true;
        o.doc_no = end.closed_by;
      }
    }
    for (Slot& n : new_) {
      if (n.done) continue;
      std::size_t cur = n.version;
      std::size_t steps = 0;
      while (steps++ < v_.size()) {
        auto previous = reworded_previous(cur);
        if (!previous || v_[*previous].in_force_on(from_)) break;
        cur = *previous;
      }
      const ClauseVersion& start = v_[cur];
      if (start.valid_from > from_ && start.opened_how == OpenedHow::kAdd) {
        add_row(CompareKind::kAdded, nullptr, &n, MatchedBy::kHistory).doc_no = start.opened_by;
      } else if (start.valid_from > from_ && start.opened_how == OpenedHow::kTransferIn) {
        ComparisonRow& row = add_row(CompareKind::kTransferredIn, nullptr, &n, MatchedBy::kHistory);
        row.doc_no = start.opened_by;
        row.other_body_id = start.from_body_id;
      } else {
        n.content = true;
        n.doc_no = start.valid_from > from_ ? start.opened_by : ver(n).opened_by;
      }
    }
  }

  // 4. By content: split, merge, then rewording by similarity; the rest removed / added.
  void match_content() {
    std::vector<Slot*> olds, news;
    for (Slot& o : old_) if (!o.done && o.content) olds.push_back(&o);
    for (Slot& n : new_) if (!n.done && n.content) news.push_back(&n);
    if (!olds.empty() && !news.empty()) {
      std::vector<CodePoints> oc, nc;
      for (Slot* o : olds) oc.push_back(decode_code_points(ver(*o).text));
      for (Slot* n : news) nc.push_back(decode_code_points(ver(*n).text));
      // LCS of every pair (bit-parallel).
      std::vector<const std::vector<char32_t>*> op, np;
      for (const auto& c : oc) op.push_back(&c.points);
      for (const auto& c : nc) np.push_back(&c.points);
      std::vector<std::size_t> lcs = lcs_matrix(op, np);
      std::vector<PairDiff> diffs(olds.size() * news.size());
      auto pair_diff = [&](std::size_t i, std::size_t j) -> const PairDiff& {
        PairDiff& d = diffs[i * news.size() + j];
        if (!d.computed) {
          d.computed = true;
          d.matches = diff_matches(oc[i], nc[j]);
          for (const auto& m : d.matches) d.kept += m.length;
        }
        return d;
      };
      std::vector<TermProfile> ot, nt;
      for (Slot* o : olds) ot.push_back(weights_.profile(ver(*o).text));
      for (Slot* n : news) nt.push_back(weights_.profile(ver(*n).text));
      find_splits_and_merges(olds, news, oc, nc, lcs, pair_diff);
      find_term_splits_and_merges(olds, news, ot, nt);
      pair_by_assignment(olds, news, oc, nc, lcs, ot, nt);
    }
    for (Slot* o : olds) {
      if (!o->done) add_row(CompareKind::kRemoved, o, nullptr, MatchedBy::kUnpaired).doc_no = o->doc_no;
    }
    for (Slot* n : news) {
      if (!n->done) add_row(CompareKind::kAdded, nullptr, n, MatchedBy::kUnpaired).doc_no = n->doc_no;
    }
  }

  struct Proposal {
    bool split = true;       // one old → parts; else parts → one new
    std::size_t whole = 0;   // index into olds (split) or news (merge)
    std::vector<std::size_t> parts;  // indices into news (split) or olds (merge)
    double cover = 0;
  };

  // The parts of one whole clause: each the index of a clause of the other side and the
  // positions of the whole it covers (characters, or terms).
  using Parts = std::vector<std::pair<std::size_t, std::vector<std::size_t>>>;

  // Parts of a whole whose positions weigh `weight` (1 per character, or each term's weight):
  // keeps dropping the part that adds least weight of its own until each adds ≥
  // kPartUniqueShare; a proposal if two or more remain and together cover ≥ cover_threshold.
  static std::optional<Proposal> propose(const std::vector<double>& weight, Parts parts,
                                         double cover_threshold) {
    double size = 0;
    for (double w : weight) size += w;
    if (size <= 0) return std::nullopt;
    while (parts.size() >= 2) {
      std::vector<int> cover(weight.size(), 0);
      for (const auto& part : parts) {
        for (std::size_t k : part.second) {
          assert(k < weight.size());  // positions lie within the whole
          ++cover[k];
        }
      }
      std::size_t weakest = 0;
      double weakest_unique = size + 1;
      for (std::size_t p = 0; p < parts.size(); ++p) {
        double unique = 0;
        for (std::size_t k : parts[p].second) unique += cover[k] == 1 ? weight[k] : 0;
        if (unique < weakest_unique) weakest_unique = unique, weakest = p;
      }
      if (weakest_unique < kPartUniqueShare * size) {
        parts.erase(parts.begin() + std::ptrdiff_t(weakest));
        continue;
      }
      double covered = 0;
      for (std::size_t k = 0; k < weight.size(); ++k) covered += cover[k] > 0 ? weight[k] : 0;
      double share = covered / size;
      if (share < cover_threshold) return std::nullopt;
      Proposal p;
      p.cover = share;
      for (const auto& part : parts) p.parts.push_back(part.first);
      return p;
    }
    return std::nullopt;
  }

  template <typename PairDiffFn>
  void find_splits_and_merges(const std::vector<Slot*>& olds, const std::vector<Slot*>& news,
                              const std::vector<CodePoints>& oc, const std::vector<CodePoints>& nc,
                              const std::vector<std::size_t>& lcs, PairDiffFn& pair_diff) {
    const std::size_t cols = news.size();
    std::vector<Proposal> proposals;
    // The parts of one whole clause — of the old side for a split, of the new side for a
    // merge: the clauses of the other side that mostly come from it (or went into it), each
    // with the ranges of the whole it shares.
    auto propose_for = [&](bool split, std::size_t whole) {
      std::size_t size = (split ? oc[whole] : nc[whole]).points.size();
      std::size_t others = split ? news.size() : olds.size();
      Parts parts;
      for (std::size_t other = 0; other < others; ++other) {
        std::size_t i = split ? whole : other;
        std::size_t j = split ? other : whole;
        std::size_t part_size = (split ? nc[j] : oc[i]).points.size();
        if (part_size == 0 || double(lcs[i * cols + j]) < kPartThreshold * double(part_size)) continue;
        const PairDiff& d = pair_diff(i, j);
        if (double(d.kept) < kPartThreshold * double(part_size) ||
            double(d.kept) < kPartMinShare * double(size)) continue;
        std::vector<std::size_t> positions;
        for (const auto& m : d.matches) {
          std::uint32_t from = split ? m.a_pos : m.b_pos;
          for (std::uint32_t k = from; k < from + m.length; ++k) positions.push_back(k);
        }
        parts.push_back({other, std::move(positions)});
      }
      if (parts.size() < 2) return;
      if (auto p = propose(std::vector<double>(size, 1.0), std::move(parts), kCoverThreshold)) {
        p->split = split;
        p->whole = whole;
        proposals.push_back(std::move(*p));
      }
    };
    for (std::size_t i = 0; i < olds.size(); ++i) propose_for(true, i);   // splits
    for (std::size_t j = 0; j < news.size(); ++j) propose_for(false, j);  // merges
    apply_proposals(std::move(proposals), olds, news);
  }

  // Split / merge by meaning: a whole clause whose distinctive terms are covered by two or
  // more clauses of the other side, each of which takes most of its own weight from the whole
  // (≥ kTermPartThreshold) and more than from any other clause of the whole's side.
  // Positions are the whole's terms, weighted (term_weights.h).
  void find_term_splits_and_merges(const std::vector<Slot*>& olds, const std::vector<Slot*>& news,
                                   const std::vector<TermProfile>& ot, const std::vector<TermProfile>& nt) {
    std::vector<Proposal> proposals;
    // Coverage both ways, once per pair (the closest check below reads them n³ times).
    const std::size_t cols = news.size();
    std::vector<double> new_by_old(olds.size() * cols), old_by_new(olds.size() * cols);
    for (std::size_t i = 0; i < olds.size(); ++i) {
      for (std::size_t j = 0; j < cols; ++j) {
        new_by_old[i * cols + j] = term_coverage(nt[j], ot[i]);  // the new clause's share from the old
        old_by_new[i * cols + j] = term_coverage(ot[i], nt[j]);
      }
    }
    auto coverage = [&](bool split, std::size_t whole, std::size_t other, bool part_by_whole) {
      std::size_t i = split ? whole : other, j = split ? other : whole;
      bool new_by = split == part_by_whole;  // the covered clause is the new one
      return new_by ? new_by_old[i * cols + j] : old_by_new[i * cols + j];
    };
    auto propose_for = [&](bool split, std::size_t whole) {
      const auto& wholes = split ? olds : news;
      const auto& others = split ? news : olds;
      const auto& wp = split ? ot : nt;
      const auto& pp = split ? nt : ot;
      if (wholes[whole]->done) return;
      Parts parts;
      for (std::size_t other = 0; other < others.size(); ++other) {
        if (others[other]->done) continue;
        double own = coverage(split, whole, other, true);
        if (own < kTermPartThreshold || coverage(split, whole, other, false) < kTermPartMinShare) continue;
        bool closest = true;  // no other clause of the whole's side carries more of the part
        for (std::size_t w = 0; w < wholes.size() && closest; ++w) {
          closest = w == whole || wholes[w]->done || coverage(split, w, other, true) < own;
        }
        if (!closest) continue;
        std::vector<std::size_t> positions;
        for (std::size_t k = 0; k < wp[whole].terms.size(); ++k) {
          if (pp[other].has(wp[whole].terms[k].bigram)) positions.push_back(k);
        }
        parts.push_back({other, std::move(positions)});
      }
      if (parts.size() < 2) return;
      std::vector<double> weight;
      for (const auto& t : wp[whole].terms) weight.push_back(t.weight);
      if (auto p = propose(weight, std::move(parts), kTermCoverThreshold)) {
        p->split = split;
        p->whole = whole;
        proposals.push_back(std::move(*p));
      }
    };
    for (std::size_t i = 0; i < olds.size(); ++i) propose_for(true, i);
    for (std::size_t j = 0; j < news.size(); ++j) propose_for(false, j);
    apply_proposals(std::move(proposals), olds, news);
  }

  // Proposals best-covered first; each taken if its clauses are all still free.
  void apply_proposals(std::vector<Proposal> proposals, const std::vector<Slot*>& olds,
                       const std::vector<Slot*>& news) {
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const Proposal& a, const Proposal& b) { return a.cover > b.cover; });
    for (const Proposal& p : proposals) {
      Slot* whole = p.split ? olds[p.whole] : news[p.whole];
      bool free = !whole->done;
      for (std::size_t part : p.parts) free = free && !(p.split ? news[part] : olds[part])->done;
      if (!free) continue;
      std::vector<Slot*> parts;
      for (std::size_t part : p.parts) parts.push_back(p.split ? news[part] : olds[part]);
      std::sort(parts.begin(), parts.end(), [](Slot* a, Slot* b) { return a->number < b->number; });
      int group = ++groups_;
      if (p.split) ++split_groups_;
      else ++merge_groups_;
      for (Slot* part : parts) {
        Slot* o = p.split ? whole : part;
        Slot* n = p.split ? part : whole;
        ComparisonRow& row =
            add_row(p.split ? CompareKind::kSplit : CompareKind::kMerged, o, n, MatchedBy::kContent);
        with_diff(&row);
        row.group = group;
        row.doc_no = ver(*n).opened_by;
      }
    }
  }

  // Rewording: the one-to-one assignment of largest total score (assignment.h) over the
  // pairs that read alike — by distinctive terms (term_similarity ≥ kTermRewordThreshold) or
  // by wording (similarity ≥ kRewordThreshold) with some meaning shared (≥ kTermWordingFloor);
  // a pair's score is the larger of the two.
  void pair_by_assignment(const std::vector<Slot*>& olds, const std::vector<Slot*>& news,
                          const std::vector<CodePoints>& oc, const std::vector<CodePoints>& nc,
                          const std::vector<std::size_t>& lcs, const std::vector<TermProfile>& ot,
                          const std::vector<TermProfile>& nt) {
    // Parallel to olds and news: a mismatch would score one clause pair with another's LCS.
    assert(oc.size() == olds.size() && nc.size() == news.size() &&
           lcs.size() == olds.size() * news.size() && ot.size() == olds.size() && nt.size() == news.size());
    const std::size_t cols = news.size();
    std::vector<double> score(olds.size() * cols, 0.0), wording(olds.size() * cols, 0.0);
    for (std::size_t i = 0; i < olds.size(); ++i) {
      if (olds[i]->done) continue;
      for (std::size_t j = 0; j < cols; ++j) {
        if (news[j]->done) continue;
        std::size_t total = oc[i].points.size() + nc[j].points.size();
        double chars = total ? 2.0 * double(lcs[i * cols + j]) / double(total) : 0;
        double terms = term_similarity(ot[i], nt[j]);
        wording[i * cols + j] = chars;
        if (terms >= kTermRewordThreshold || (chars >= kRewordThreshold && terms >= kTermWordingFloor)) {
          // Near ties go to the closer position, as a reader would pair them.
          double distance = std::abs(olds[i]->number - news[j]->number);
          score[i * cols + j] = std::max(chars, terms) - 1e-6 * distance;
        }
      }
    }
    std::vector<int> pick = best_assignment(score, olds.size(), cols);
    for (std::size_t i = 0; i < olds.size(); ++i) {
      if (pick[i] < 0 || score[i * cols + std::size_t(pick[i])] <= 0) continue;
      Slot* o = olds[i];
      Slot* n = news[std::size_t(pick[i])];
      assert(!o->done && !n->done);
      ComparisonRow& row = add_row(CompareKind::kReworded, o, n, MatchedBy::kContent);
      row.spans = diff_chars(ver(*o).text, ver(*n).text);
      row.similarity = wording[i * cols + std::size_t(pick[i])];
      row.doc_no = ver(*n).opened_by;
    }
  }

  // Every row pairing two different clauses names the distinctive terms they share.
  void explain_pairs() {
    for (auto& row : rows_) {
      if (!row.old_clause || !row.new_clause || row.kind == CompareKind::kUnchanged) continue;
      row.shared_terms = shared_terms(weights_, weights_.profile(row.old_clause->text),
                                      weights_.profile(row.new_clause->text));
    }
  }

  // New numbering; rows without a new clause after the row of the nearest old clause before.
  void order_rows() {
    std::map<int, int> new_of_old;  // old number → largest new number it has a row with
    for (const auto& row : rows_) {
      if (row.old_clause && row.new_clause) {
        int& n = new_of_old[row.old_clause->number];
        n = std::max(n, row.new_clause->number);
      }
    }
    auto anchor = [&](int old_number) {
      auto it = new_of_old.lower_bound(old_number);
      if (it == new_of_old.begin()) return 0;
      return std::prev(it)->second;
    };
    auto key = [&](const ComparisonRow& row) {
      if (row.new_clause) {
        return std::make_tuple(row.new_clause->number, 0, row.old_clause ? row.old_clause->number : 0);
      }
      int old_number = row.old_clause ? row.old_clause->number : 0;
      return std::make_tuple(anchor(old_number), 1, old_number);
    };
    std::stable_sort(rows_.begin(), rows_.end(),
                     [&](const ComparisonRow& a, const ComparisonRow& b) { return key(a) < key(b); });
  }

  static void count(const ComparisonRow& row, ComparisonSummary* s) {
    switch (row.kind) {
      case CompareKind::kUnchanged: ++s->unchanged; break;
      case CompareKind::kAdded: ++s->added; break;
      case CompareKind::kRemoved: ++s->removed; break;
      case CompareKind::kReworded: ++s->reworded; break;
      case CompareKind::kTransferredIn: ++s->transferred_in; break;
      case CompareKind::kTransferredOut: ++s->transferred_out; break;
      case CompareKind::kSplit:
      case CompareKind::kMerged: break;  // counted by group
    }
  }

  const std::vector<ClauseVersion>& v_;
  const TermWeights& weights_;
  std::string from_, to_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
  std::vector<Slot> old_, new_;
  std::vector<ComparisonRow> rows_;
  int groups_ = 0, split_groups_ = 0, merge_groups_ = 0;
};

constexpr EnumText<CompareKind> kCompareKindText[] = {
    {CompareKind::kUnchanged, "unchanged", "未变"},
    {CompareKind::kAdded, "added", "新增"},
    {CompareKind::kRemoved, "removed", "删除"},
    {CompareKind::kReworded, "reworded", "修改"},
    {CompareKind::kTransferredIn, "transferred_in", "划入"},
    {CompareKind::kTransferredOut, "transferred_out", "划出"},
    {CompareKind::kSplit, "split", "拆分"},
    {CompareKind::kMerged, "merged", "合并"},
};

constexpr EnumText<MatchedBy> kMatchedByText[] = {
    {MatchedBy::kUnpaired, ""},
    {MatchedBy::kKey, "key"},
    {MatchedBy::kText, "text"},
    {MatchedBy::kHistory, "history"},
    {MatchedBy::kContent, "content"},
};

std::optional<DocumentSummary> load_document(const DutyDatabase& db, const std::string& doc_no) {
  Statement q(db.handle(),
              "SELECT doc_no, title, issuer, kind, issued, effective FROM documents WHERE doc_no = ?1");
  q.bind(1, doc_no);
  if (!q.step()) return std::nullopt;
  return DocumentSummary{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
}

std::optional<DocumentSummary> sanding_on(const DutyDatabase& db, std::string_view body_id,
                                          const std::string& date) {
  Statement q(db.handle(),
              "SELECT doc_no FROM sandings WHERE body_id = ?1 AND effective <= ?2 "
              "ORDER BY effective DESC, doc_no DESC LIMIT 1");
  q.bind(1, body_id).bind(2, date);
  if (!q.step()) return std::nullopt;
  return load_document(db, q.text(0));
}

std::string data_date(const DutyDatabase& db) {
  Statement q(db.handle(), "SELECT value FROM meta WHERE key = 'data_date'");
  return q.step() ? q.text(0) : std::string();
}


}  // namespace

std::string_view compare_kind_code(CompareKind kind) {
  return enum_text(kCompareKindText, kind).code;
}

std::string_view compare_kind_label(CompareKind kind) {
  return enum_text(kCompareKindText, kind).label;
}

bool parse_compare_kind(std::string_view code, CompareKind* out) {
  return parse_enum_text(kCompareKindText, code, out, /*or_label=*/true);
}

std::string_view matched_by_code(MatchedBy how) { return enum_text(kMatchedByText, how).code; }

DutyComparison compare_versions(const std::vector<ClauseVersion>& versions, std::string from,
                                std::string to, const TermWeights* weights) {
  if (to < from) std::swap(from, to);
  std::optional<TermWeights> own;
  if (!weights) {
    std::vector<std::string> texts;
    for (const auto& v : versions) texts.push_back(v.text);
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    weights = &own.emplace(texts);
  }
  DutyComparison out = Aligner(versions, *weights, from, to).run();
  if (out.body_id.empty() && !versions.empty()) out.body_id = versions.front().body_id;
  return out;
}

std::optional<DutyComparison> compare_duties(const DutyDatabase& db, std::string_view body_id,
                                             std::string_view from_date,
                                             std::string_view to_date) {
  auto body = find_body(db, body_id);
  if (!body) return std::nullopt;
  std::string to = to_date.empty() ? data_date(db) : std::string(to_date);
  std::string from(from_date);
  if (from.empty()) {
    Statement q(db.handle(), "SELECT effective FROM sandings WHERE body_id = ?1 "
                             "ORDER BY effective DESC, doc_no DESC LIMIT 2");
    q.bind(1, body_id);
    while (q.step()) from = q.text(0);  // the second-latest, or the only one
    if (from.empty()) {
      Statement first(db.handle(), "SELECT min(valid_from) FROM clause_versions WHERE body_id = ?1");
      first.bind(1, body_id);
      if (first.step()) from = first.text(0);
    }
    if (from.empty()) from = to;
  }

  std::vector<ClauseVersion> versions;
  Statement q(db.handle(),
              "SELECT key, position, text, valid_from, valid_to, opened_by, opened_how, closed_by, "
              "closed_how, from_body_id, to_body_id FROM clause_versions WHERE body_id = ?1 "
              "ORDER BY position, valid_from");
  q.bind(1, body_id);
  while (q.step()) {
    ClauseVersion v;
    v.body_id = std::string(body_id);
    v.key = q.text(0);
    v.position = int(q.integer(1));
    v.text = q.text(2);
    v.valid_from = q.text(3);
    v.valid_to = q.text(4);
    v.opened_by = q.text(5);
    // The builder writes only the codes of duty_history.h; any other is a damaged or foreign
    // database (the bundle fuzz target made one): an error the view shows, never an assert.
    if (!parse_opened_how(q.text(6), &v.opened_how)) {
      throw DatabaseError("clause_versions.opened_how: unknown code \"" + q.text(6) + "\"");
    }
    v.closed_by = q.text(7);
    if (!parse_closed_how(q.text(8), &v.closed_how)) {
      throw DatabaseError("clause_versions.closed_how: unknown code \"" + q.text(8) + "\"");
    }
    v.from_body_id = q.text(9);
    v.to_body_id = q.text(10);
    versions.push_back(std::move(v));
  }

  // Once per comparison: the weights of every clause of the publication (term_weights.h).
  const TermWeights& weights = clause_term_weights(db);
  DutyComparison out = compare_versions(versions, from, to, &weights);
  out.body_id = body->id;
  find_suspected_transfers(db, weights, versions, &out);
  out.body_name = body->name;
  out.from_sanding = sanding_on(db, body_id, out.from_date);
  out.to_sanding = sanding_on(db, body_id, out.to_date);
  std::map<std::string, std::optional<DocumentSummary>> documents;
  std::map<std::string, std::string> names;
  for (auto& row : out.rows) {
    if (!row.doc_no.empty()) {
      auto it = documents.find(row.doc_no);
      if (it == documents.end()) it = documents.emplace(row.doc_no, load_document(db, row.doc_no)).first;
      row.document = it->second;
    }
    if (!row.other_body_id.empty()) {
      auto it = names.find(row.other_body_id);
      if (it == names.end()) {
        auto other = find_body(db, row.other_body_id);
        it = names.emplace(row.other_body_id, other ? other->name : row.other_body_id).first;
      }
      row.other_body_name = it->second;
    }
  }
  return out;
}

void drop_unchanged(DutyComparison* comparison) {
  auto& rows = comparison->rows;
  rows.erase(std::remove_if(rows.begin(), rows.end(),
                            [](const ComparisonRow& r) { return r.kind == CompareKind::kUnchanged; }),
             rows.end());
}

std::vector<std::vector<std::string>> comparison_table(const DutyComparison& c) {
  std::vector<std::vector<std::string>> table;
  table.push_back({"序号", "变化", "原序号", "原条款", "现序号", "现条款", "分组", "相关机构", "文号",
                   "文件标题", "生效日期"});
  int index = 0;
  for (const auto& row : c.rows) {
    std::string doc_no = row.document ? row.document->doc_no : row.doc_no;
    table.push_back({std::to_string(++index), std::string(compare_kind_label(row.kind)),
                     row.old_clause ? clause_label(row.old_clause->number) : "",
                     row.old_clause ? row.old_clause->text : "",
                     row.new_clause ? clause_label(row.new_clause->number) : "",
                     row.new_clause ? row.new_clause->text : "",
                     row.group ? std::to_string(row.group) : "",
                     row.other_body_name.empty() ? row.other_body_id : row.other_body_name, doc_no,
                     row.document ? row.document->title : "", row.document ? row.document->effective : ""});
  }
  return table;
}

SpreadsheetTable comparison_spreadsheet(const DutyComparison& c, const std::string& data_date) {
  auto rows = comparison_table(c);
  SpreadsheetTable table;
  table.sheet_name = "新旧对照";
  table.title = c.body_name + "职责新旧对照（" + c.from_date + " → " + c.to_date + "）　数据日期：" + data_date;
  table.header = rows.front();
  table.numeric.assign(table.header.size(), false);
  table.numeric[0] = true;  // 序号
  table.rows.assign(rows.begin() + 1, rows.end());
  return table;
}

std::string comparison_csv(const DutyComparison& c) {
  std::string out(kCsvByteOrderMark);
  for (const auto& cells : comparison_table(c)) append_csv_record(&out, cells);
  return out;
}

}  // namespace dutyatlas
