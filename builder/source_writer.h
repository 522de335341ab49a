// Writes a Dataset back as a source folder (format v2, docs/source-format.md): what
// read_source_folder reads, so read_source_folder(write_source_folder(d)) gives d again for any
// Dataset the reader produced. Used by `dutyatlas synth` to write benchmark sources.
//
// Layout (file names and order are deterministic: the same Dataset gives the same bytes):
//   dataset.json, bodies.json
//   documents/0001.json …      one per document, numbered in Dataset order (with its changes)
//   sanding/0001.json …        one per 三定, numbered in Dataset order
//   lists/powers.csv, lists/responsibilities.csv, lists/division.csv,
//   lists/tasks.json + lists/tasks-<id>.csv, keywords.csv, synonyms.csv
//                              each only when its list is non-empty
// The numbers are zero-padded (at least 4 digits) so that the reader, which takes a folder's
// files in name order, sees them in Dataset order.
//
// JSON is written with 2-space indent and unescaped UTF-8; optional fields are left out when
// empty (a short name equal to the name, staffing figures of -1 …). dataset.json declares
// csv_encoding "utf-8". CSV follows RFC 4180: a header row with the Chinese column names, CRLF
// line ends, cells holding , " or a line break quoted with "" for a quote. Bodies are named by
// their name (their id if the Dataset has no such body), several joined with 、. Powers' extra
// columns follow the standard ones, sorted by name. A division matter is one row per stage, so a
// matter without stages is not written.
//
// Files of `dir` that this does not write are left alone: write into a new or empty folder.
// Throws std::runtime_error if a folder or file cannot be written.
//
// sanding_json and document_json give one sanding/*.json or documents/*.json as written here,
// for `dutyatlas import` (import_command.h), which writes single files of a source folder.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/bundle/model.h"

namespace dutyatlas::builder {

void write_source_folder(const Dataset& dataset, const std::string& dir);

// One 三定 or document as its source file holds it, fields in the order of the format.
nlohmann::ordered_json sanding_json(const Sanding& sanding);
nlohmann::ordered_json document_json(const Document& document);

// One CSV cell as written: quoted when it holds , " CR or LF, with "" for a quote.
std::string csv_cell(const std::string& text);

}  // namespace dutyatlas::builder
