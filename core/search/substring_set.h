// Which of a fixed set of strings occur in a text, in one pass: the reader's search index build
// (search_index.cpp) asks, for each of ~5,400 rows, which synonym and lexicon words and terms
// the row holds. Asking std::string::find once per word and row took seconds in the browser;
// a byte trie over the words walks each text once per starting byte and stops at the first
// byte no word continues with (~150 ms natively for the demo district).
//
// Same answers as `text.find(word) != npos` for every word, byte for byte (also for text that
// is not UTF-8): every byte offset is a start. The empty word occurs everywhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dutyatlas {

class SubstringSet {
 public:
  // The id of `word` (the same id for the same word added twice).
  int add(std::string_view word);
  std::size_t size() const { return words_; }

  // Finds every word of the set that occurs in `text`; then contains(id) answers for each.
  void scan(std::string_view text);
  bool contains(int id) const { return seen_[std::size_t(id)] == generation_; }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> next;  // sorted by byte
    int word = -1;
  };
  int child(int node, unsigned char byte) const;
  std::vector<Node> nodes_{Node{}};
  std::unordered_map<std::string, int> ids_;
  std::size_t words_ = 0;
  int empty_word_ = -1;
  std::vector<std::uint32_t> seen_;  // == generation_: found by the last scan
  std::uint32_t generation_ = 0;
};

}  // namespace dutyatlas
