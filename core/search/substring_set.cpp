// The trie behind substring_set.h.
#include "core/search/substring_set.h"

#include <algorithm>

namespace dutyatlas {

int SubstringSet::add(std::string_view word) {
  auto [it, inserted] = ids_.emplace(std::string(word), int(words_));
  if (!inserted) return it->second;
  const int id = int(words_++);
  seen_.push_back(0);
  if (word.empty()) {
    empty_word_ = id;
    return id;
  }
  int node = 0;
  for (unsigned char byte : word) {
    int next = child(node, byte);
    if (next < 0) {
      next = int(nodes_.size());
      nodes_.push_back(Node{});
      auto& edges = nodes_[std::size_t(node)].next;
      edges.insert(std::lower_bound(edges.begin(), edges.end(), std::make_pair(byte, 0)),
                   {byte, next});
    }
    node = next;
  }
  nodes_[std::size_t(node)].word = id;
  return id;
}

int SubstringSet::child(int node, unsigned char byte) const {
  const auto& edges = nodes_[std::size_t(node)].next;
  auto it = std::lower_bound(edges.begin(), edges.end(), std::make_pair(byte, 0));
  return it != edges.end() && it->first == byte ? it->second : -1;
}

void SubstringSet::scan(std::string_view text) {
  if (++generation_ == 0) {  // wrapped: forget every old mark
    std::fill(seen_.begin(), seen_.end(), 0);
    generation_ = 1;
  }
  if (empty_word_ >= 0) seen_[std::size_t(empty_word_)] = generation_;
  for (std::size_t start = 0; start < text.size(); ++start) {
    int node = 0;
    for (std::size_t i = start; i < text.size(); ++i) {
      node = child(node, static_cast<unsigned char>(text[i]));
      if (node < 0) break;
      const int word = nodes_[std::size_t(node)].word;
      if (word >= 0) seen_[std::size_t(word)] = generation_;
    }
  }
}

}  // namespace dutyatlas
