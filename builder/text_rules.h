// The normalisation rules every text of the sources goes through (docs/source-format.md,
// "Normalisation"): what is refused, what is warned about and changed. One place, so JSON and
// CSV (and every field) follow the same rules. Not for the files' encodings or formats
// (csv_reader.h, json_file.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dutyatlas::builder {

// An invisible or control character in `text` (NUL, C0/C1 controls except line break and tab,
// zero-width characters, a BOM inside text, bidirectional controls, a soft hyphen): the reader
// could not see it, a search would not find the text. "U+200B ZERO WIDTH SPACE at column 12",
// or nullopt.
std::optional<std::string> invisible_character(std::string_view text);

// A full-width digit or Latin letter in a code or id ("XZJC-QWB-０００１"): it would make a second
// item beside the half-width one. "U+FF10 FULLWIDTH DIGIT ZERO at column 10", or nullopt.
std::optional<std::string> fullwidth_character(std::string_view text);

// The JSON fields whose values are codes or ids (id, doc_no, the bodies and clauses a change
// names, uscc …): a full-width digit or letter there is an error. And those that are names or
// titles (name, short_name, title, issuer): one there is a warning — 第１中学 beside 第1中学 would
// read as two schools in a search. Other texts (duties, document text) may use them freely.
bool is_code_field(std::string_view key);
bool is_name_field(std::string_view key);

// Spaces (ASCII, U+00A0, U+3000) at either end of a name or code: they make a second body or
// power that displays like the first. True if `text` has any.
bool has_outer_space(std::string_view text);

// The length in bytes of a duty's own numbering at its start — "（一）", "(三)", "一、", "1." —
// which the site adds from the clause's position; 0 if there is none.
std::size_t own_numbering_length(std::string_view duty);

}  // namespace dutyatlas::builder
