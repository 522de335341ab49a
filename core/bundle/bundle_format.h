// Bundle format v1: how a publication travels from the builder to the browser.
//
// A bundle is an SQLite database (schema in bundle_schema.h), compressed as one zstd frame and
// stored as `dutyatlas-<first 16 hex digits of its SHA-256>.db.zst`, so a server may cache it
// forever. Beside it, a short-lived `manifest.json` names the bundle and the font and says what
// they hold:
//
//   { "format": "dutyatlas-bundle", "format_version": 1, "schema_version": 4,
//     "bundle": {"file": "...", "sha256": "...", "compressed_bytes": N, "raw_bytes": N},
//     "font":   {"file": "...", "sha256": "...", "bytes": N, "glyphs": N},
//     "typing_fonts": [{"file": "...", "sha256": "...", "bytes": N, "glyphs": N,
//                       "first": 19968, "last": 20398}, ...],                     (optional)
//     "counts": {"bodies": N, "duty_clauses": N, ...},
//     "dataset": "...", "title": "...", "sample": true, "data_date": "YYYY-MM-DD",
//     "builder": "dutyatlas 0.1.0",
//     "embed_origins": ["https://12345.example.gov.cn"],                           (optional)
//     "dispatch_url": "https://12345.example.gov.cn/order/new?text={complaint}" }  (optional)
//
// format_version is kBundleFormatVersion (below); schema_version is the database's,
// kBundleSchemaVersion (bundle_schema.h). Readers refuse a manifest or bundle they do not
// understand, with a message a person can act on (in Chinese: it is shown to the public),
// instead of guessing.
//
// embed_origins (docs/embedding.md) lists the portals allowed to embed the viewer and exchange
// messages with it. It is written only when the publisher names some; a manifest without it
// (every older one) means embedding is off. A reader keeps only entries that are web origins
// (core/base/web_origin.h) and drops the rest, so a hand-edited manifest can only allow less.
// dispatch_url is the publisher's template for handing a 派单 to a work system by URL
// (core/base/dispatch_url.h); a reader drops one that does not pass its check.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas {

inline constexpr std::string_view kBundleFormatName = "dutyatlas-bundle";
inline constexpr int kBundleFormatVersion = 1;

// The largest sizes a manifest may state. The client allocates what the manifest says before a
// byte arrives, in a 32-bit wasm heap: a size past these is refused as a manifest error, never
// passed on (2^32 + 16 would wrap to a 16-byte buffer). A district 20 times the demo's is ~20 MB
// compressed and ~190 MB as a database; fonts are a few MB.
inline constexpr std::uint64_t kMaxBundleBytes = 256ull << 20;   // compressed
inline constexpr std::uint64_t kMaxDatabaseBytes = 1ull << 30;   // decompressed
inline constexpr std::uint64_t kMaxFontBytes = 32ull << 20;
inline constexpr std::size_t kMaxTypingFontPieces = 256;

struct FileEntry {
  std::string file;    // name relative to manifest.json
  std::string sha256;  // lowercase hex of the file's bytes
  std::uint64_t bytes = 0;
};

// One piece of the typing font: the characters from `first` to `last` (code points, both
// included) that it has. A reader who types a character fetches only the piece whose range
// holds it. A manifest written before the typing font came in pieces names one file
// ("typing_font"); it is read as one piece over every character.
struct TypingFontPiece {
  FileEntry file;
  std::uint64_t glyphs = 0;
  char32_t first = 0;
  char32_t last = 0;
};

struct Manifest {
  int format_version = kBundleFormatVersion;
  int schema_version = 0;
  FileEntry bundle;               // bytes = compressed size
  std::uint64_t raw_bytes = 0;    // size of the SQLite database once decompressed
  FileEntry font;                  // every character of the data and the interface
  std::uint64_t font_glyphs = 0;
  // The common characters a person may type (GB2312) that `font` lacks, in pieces fetched
  // once a reader types one of their characters. Sorted by `first`; the ranges do not overlap.
  // Empty when the publication has none.
  std::vector<TypingFontPiece> typing_fonts;
  std::map<std::string, std::uint64_t> counts;  // sorted, so the JSON is deterministic
  std::string dataset;
  std::string title;
  bool sample = false;
  std::string data_date;
  std::string builder;
  std::vector<std::string> embed_origins;  // empty: no portal may embed the viewer
  std::string dispatch_url;                // "" : no hand-off by URL
};

std::string manifest_to_json(const Manifest& manifest);

// Parses and checks a manifest. On failure returns nullopt and sets *error to a message for
// the reader of the page (which field is wrong, and what to do).
std::optional<Manifest> parse_manifest(std::string_view json, std::string* error);

// `dutyatlas-0123456789abcdef.db.zst` for a bundle whose SHA-256 starts with those digits.
std::string bundle_file_name(std::string_view sha256_hex);
// `font-0123456789abcdef.ttf`: the font subset that goes with a bundle.
std::string font_file_name(std::string_view sha256_hex);
// True for names the two functions above produce (so a publisher can clean up old ones).
bool is_published_file_name(std::string_view name);

// zstd level used by the builder. Bundles are written once and downloaded by everyone, so a
// district-sized database gets level 19 (smallest; ~4 s for 9 MB). Past kLargeBundleBytes the
// writing time of 19 grows out of proportion (70 s for 180 MB) for a few percent: level 12.
// The level follows from the size alone, so builds stay deterministic.
inline constexpr int kBundleCompressionLevel = 19;
inline constexpr int kLargeBundleCompressionLevel = 12;
inline constexpr std::size_t kLargeBundleBytes = 32u << 20;

// Compresses a database into a bundle (bundle_compress.cpp: native only, the client never
// writes bundles). Throws std::runtime_error if zstd fails.
std::vector<std::uint8_t> compress_bundle(const std::uint8_t* raw, std::size_t size);

}  // namespace dutyatlas
