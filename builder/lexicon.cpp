// The general lexicon and the publisher's overrides of it (see lexicon.h).
#include "builder/lexicon.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "builder/source_file.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

constexpr const char* kDistrictLexicon = "lexicon.csv";

// The lines of one lexicon file, by word; `switched_off` collects the words whose 术语 is empty
// (allowed only where `may_switch_off`, i.e. in the district's file).
struct LexiconFile {
  std::map<std::string, LexiconLine> lines;
  std::set<std::string> switched_off;
};

LexiconFile read_lines(const ListTable& table, bool may_switch_off, Diagnostics* diagnostics) {
  LexiconFile out;
  const std::string& file = table.file;
  int word_at = table.column_of("词"), terms_at = table.column_of("术语"), topic_at = table.column_of("话题");
  for (const char* column : {"词", "术语", "话题"}) {
    if (table.column_of(column) < 0) {
      diagnostics->error({{}, file, 1, 0, column, "required column is missing",
                          "the first row must be 词,术语,话题; see docs/source-format.md"});
      return out;
    }
  }
  std::map<std::string, int> first_line;
  for (const ListRow& row : table.rows) {
    const ListCell& word = row.cells[std::size_t(word_at)];
    const ListCell& terms = row.cells[std::size_t(terms_at)];
    const ListCell& topic = row.cells[std::size_t(topic_at)];
    if (word.text.empty()) {
      diagnostics->error({{}, file, word.line, word.column, "词", "the everyday word is empty",
                          "write the word callers use, or delete the line"});
      continue;
    }
    if (code_point_count(word.text) < 2) {
      diagnostics->error({{}, file, word.line, word.column, "词",
                          "\"" + word.text + "\" has one character: it would match half of all complaints",
                          "write a word of two or more characters"});
      continue;
    }
    if (auto [it, fresh] = first_line.emplace(word.text, row.line); !fresh) {
      diagnostics->error({{}, file, word.line, word.column, "词",
                          "\"" + word.text + "\" is already on line " + std::to_string(it->second),
                          "keep one line per word: put all its terms in one 术语 cell, separated by 、"});
      continue;
    }
    if (terms.text.empty()) {
      if (may_switch_off) {
        out.switched_off.insert(word.text);
      } else {
        diagnostics->error({{}, file, terms.line, terms.column, "术语", "no terms for \"" + word.text + "\"",
                            "write the wording of duties and lists it means, separated by 、"});
      }
      continue;
    }
    LexiconLine line{word.text, split_list_cell(terms.text), topic.text};
    bool usable = true;
    for (const std::string& term : line.terms) {
      if (code_point_count(term) < 2) {
        diagnostics->error({{}, file, terms.line, terms.column, "术语",
                            "the term \"" + term + "\" has one character: it would be found in nearly every row",
                            "write the wording of a duty or list item, two characters or more"});
        usable = false;
      }
    }
    if (topic.text.empty()) {
      diagnostics->error({{}, file, topic.line, topic.column, "话题", "no topic for \"" + word.text + "\"",
                          "name the matter the word belongs to (住房, 劳动保障 …): reviewers read the file by topic"});
      usable = false;
    }
    if (usable) out.lines.emplace(word.text, std::move(line));
  }
  return out;
}

}  // namespace

void read_lexicon(SourceContext& context) {
  const Dataset& dataset = context.dataset;
  // The publisher's own words, which no general line may shadow.
  std::set<std::string> own;
  for (const Keyword& k : dataset.keywords) own.insert(k.word);
  for (const SynonymGroup& g : dataset.synonyms) own.insert(g.word);

  std::map<std::string, LexiconLine> merged;
  if (context.general_lexicon) {
    auto table = parse_csv(std::string(general_lexicon_csv()), kGeneralLexiconName, CsvEncoding::kUtf8,
                           context.diagnostics);
    if (table) merged = read_lines(*table, false, context.diagnostics).lines;
  }
  for (const std::string& word : own) merged.erase(word);
  if (source_file_exists(context.dir, kDistrictLexicon)) {
    if (auto table = read_csv(context.dir, kDistrictLexicon, context.csv_encoding, context.diagnostics)) {
      LexiconFile district = read_lines(*table, true, context.diagnostics);
      for (const std::string& word : district.switched_off) merged.erase(word);
      for (auto& [word, line] : district.lines) merged[word] = std::move(line);
    }
  }
  context.lexicon.clear();
  for (auto& [word, line] : merged) context.lexicon.push_back(std::move(line));
}

}  // namespace dutyatlas::builder
