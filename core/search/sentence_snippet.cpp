// Whole sentences around matched terms, for 谁来管's evidence (see sentence_snippet.h).
#include "core/search/sentence_snippet.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/base/utf8.h"
#include "core/search/snippet.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

bool ends_sentence(std::string_view c) {
  for (std::string_view end : {"。", "；", "！", "？", ";", "!", "?", "\n"}) {
    if (c == end) return true;
  }
  return false;
}

struct Sentence {
  std::size_t begin, end;  // bytes
  std::size_t chars = 0;
  int matches = 0;
};

std::vector<Sentence> split_sentences(const std::string& text, const std::set<std::string>& terms) {
  std::vector<Sentence> sentences;
  Sentence s{0, 0};
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t at = pos;
    next_code_point(text, &pos);
    ++s.chars;
    if (ends_sentence(std::string_view(text).substr(at, pos - at))) {
      s.end = pos;
      sentences.push_back(s);
      s = Sentence{pos, pos};
    }
  }
  if (s.chars > 0) {
    s.end = text.size();
    sentences.push_back(s);
  }
  for (Sentence& sentence : sentences) {
    std::string_view part = std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin);
    for (const Token& t : tokenize(part, TokenizeMode::kDocument)) sentence.matches += terms.count(t.text) > 0;
  }
  return sentences;
}

}  // namespace

std::string sentence_snippet(const std::string& text, const std::set<std::string>& terms,
                             std::size_t max_chars) {
  std::vector<Sentence> sentences = split_sentences(text, terms);
  if (sentences.empty()) return {};
  std::size_t first = 0;
  for (std::size_t i = 1; i < sentences.size(); ++i) {
    if (sentences[i].matches > sentences[first].matches) first = i;
  }
  std::size_t last = first, chars = sentences[first].chars;
  auto worth_adding = [&](const Sentence& s) {
    return chars + s.chars <= max_chars && (s.matches > 0 || chars < max_chars / 3);
  };
  for (bool grew = true; grew;) {
    grew = false;
    if (last + 1 < sentences.size() && worth_adding(sentences[last + 1])) {
      chars += sentences[++last].chars;
      grew = true;
    } else if (first > 0 && worth_adding(sentences[first - 1])) {
      chars += sentences[--first].chars;
      grew = true;
    }
  }
  std::size_t begin = sentences[first].begin, end = sentences[last].end;
  std::string taken = text.substr(begin, end - begin);
  // Trailing line breaks and spaces say nothing and would wrap to an empty line.
  while (!taken.empty() && (taken.back() == '\n' || taken.back() == ' ')) taken.pop_back();
  // A sentence longer than the room is cut by snippet_of, which says "…" where it cut.
  std::string inner = snippet_of(taken, terms, std::min(chars, max_chars));
  const std::string_view ellipsis = "…";
  std::string_view view = inner;
  std::string out = begin > 0 && view.substr(0, ellipsis.size()) != ellipsis ? "…" : "";
  out += inner;
  if (end < text.size() && (view.size() < ellipsis.size() ||
                            view.substr(view.size() - ellipsis.size()) != ellipsis)) {
    out += "…";
  }
  return out;
}

}  // namespace dutyatlas
