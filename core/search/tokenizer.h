// The search engine's tokenizer: Chinese as overlapping character bigrams, ASCII words and
// numbers as whole tokens, registered with SQLite as the FTS5 tokenizer "dutyatlas".
//
// Folding (fold_text, and what the tokenizer compares): full-width ASCII U+FF01–FF5E becomes
// ASCII, the ideographic space U+3000 a space, A–Z (full-width ones included) a–z. Nothing else
// changes; invalid UTF-8 becomes U+FFFD (one per bad byte, see utf8.h). Each code point folds to
// exactly one code point, so offsets in the folded text and the original map one to one.
//
// Which characters make tokens (after folding):
//   * CJK ideographs: U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF, U+20000–2FA1F, U+30000–323AF,
//     plus 〇 U+3007 (the ideographic zero of 二〇二三年).
//   * ASCII letters and digits: a maximal run is ONE token, letters lowercased
//     ("PM2" → "pm2", "12345" → "12345", "ＡＢＣ１２３" → "abc123").
//   * Everything else separates tokens and makes none: spaces, ASCII and CJK punctuation
//     (，。、；：？！“”‘’（）《》〔〕【】—…·), emoji, symbols, U+FFFD, and letters of other
//     scripts. In particular '.', '-' and '_' split ASCII runs: "PM2.5超标" gives "pm2", "5",
//     "超标"; a query for "PM2.5" asks for "pm2" AND "5", which every text containing PM2.5
//     satisfies.
//
// A CJK run of n ≥ 2 ideographs:
//   * query mode:    only its n-1 overlapping bigrams ("生态环境" → 生态 态环 环境), so "噪声"
//                    asks for exactly the bigram 噪声;
//   * document mode: its bigrams AND every single character, interleaved at their own
//                    positions: 生, 生态, 态, 态环, 环, 环境, 境. The single characters make a
//                    1-character query (狗 in 遛狗) findable; giving them their own positions
//                    (rather than FTS5_TOKEN_COLOCATED) keeps highlight() exact for both kinds of
//                    hit, since highlight() takes a position's offsets from its first token.
//                    Start and end offsets never decrease along the stream, which highlight()
//                    relies on. The price: a document has ~2 tokens per character (bm25 only
//                    compares documents tokenized alike, so ranking is unaffected) and bigrams
//                    are not at consecutive positions, so FTS5 phrase queries over bigrams do not
//                    work — build_match_expression never writes one.
// A run of one ideograph gives that character in both modes. Runs never cross a separator:
// "噪声，扰民" has no bigram 声扰.
//
// Offsets are byte offsets into the ORIGINAL (unfolded) input, so a full-width "ＡＢＣ" token
// "abc" spans 9 bytes, and highlights map back to what the reader sees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace dutyatlas {

// The folding described above, on a whole text; the result is always valid UTF-8.
std::string fold_text(std::string_view utf8);

enum class TokenizeMode {
  kDocument,  // indexing (and FTS5's auxiliary functions): bigrams + single characters
  kQuery,     // MATCH text: bigrams only for runs of ≥ 2 ideographs
};

struct Token {
  std::string text;  // folded: lowercase ASCII word or number, or 1–2 ideographs
  int start;         // byte offsets into the original input: [start, end)
  int end;
};

std::vector<Token> tokenize(std::string_view utf8, TokenizeMode mode);

// Registers the tokenizer as "dutyatlas" on `db`, so `fts5(..., tokenize='dutyatlas')` tables
// can be created, written and queried there. Must be called on every connection that touches
// such a table (the builder's in-memory one, the reader's deserialized one); calling it again
// on the same connection is harmless. FTS5_TOKENIZE_DOCUMENT and _AUX tokenize in document
// mode, FTS5_TOKENIZE_QUERY (with or without _PREFIX) in query mode. Returns false if the
// connection has no FTS5 or registration failed.
bool register_fts5_tokenizer(sqlite3* db);

// Any user text → a MATCH expression that can never be a syntax error: the query-mode tokens,
// each as an FTS5 string ("…", '"' doubled), duplicates dropped, joined by spaces (implicit
// AND). Quotes, *, AND/OR/NOT, parentheses, col:, NEAR, ^ are all just text. Returns "" when
// the text has no token (only punctuation, emoji, …): callers then show no results rather than
// run MATCH '' (which is an error).
std::string build_match_expression(std::string_view user_text);

// The same tokens joined by OR: any token matches, bm25() ranks rows with more (and rarer)
// tokens first. For long texts such as a pasted complaint, where requiring every bigram would
// find nothing.
std::string build_match_expression_any(std::string_view user_text);

}  // namespace dutyatlas
