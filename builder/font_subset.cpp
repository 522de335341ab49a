// HarfBuzz subsetting (see font_subset.h).
#include "font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <iconv.h>

#include <stdexcept>
#include <string>

#include "core/base/utf8.h"

namespace dutyatlas::builder {

void collect_characters(const std::string& text, std::set<char32_t>* characters) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_code_point(text, &pos);
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);  // C0, DEL and C1
    if (!control && cp != kReplacementCharacter) characters->insert(cp);
  }
}

std::set<char32_t> gb2312_characters() {
  std::set<char32_t> out;
  iconv_t cd = iconv_open("UTF-32LE", "GB2312");
  if (cd == iconv_t(-1)) throw std::runtime_error("iconv cannot decode GB2312");
  // EUC-CN: rows 0xA1–0xF7 (1–9 symbols, 16–87 hanzi), cells 0xA1–0xFE.
  for (int row = 0xA1; row <= 0xF7; ++row) {
    for (int cell = 0xA1; cell <= 0xFE; ++cell) {
      char in[2] = {char(row), char(cell)};
      char32_t cp = 0;
      char* in_ptr = in;
      char* out_ptr = reinterpret_cast<char*>(&cp);
      std::size_t in_left = 2, out_left = sizeof cp;
      if (iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) != std::size_t(-1) && cp >= 0x80) {
        out.insert(cp);
      }
      iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset after an unassigned code
    }
  }
  iconv_close(cd);
  return out;
}

namespace {

// The face, or an exception when the file cannot be read as a font.
hb_face_t* open_face(const std::string& font_path, unsigned face_index) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(font_path.c_str());
  if (!blob) throw std::runtime_error("cannot read font " + font_path);
  hb_face_t* face = hb_face_create(blob, face_index);
  hb_blob_destroy(blob);
  // HarfBuzz reads any bytes as a face, with no glyphs when they are not a font (or the face
  // index is past the file's faces): that is a font that cannot be read, not an empty subset.
  if (hb_face_get_glyph_count(face) == 0) {
    hb_face_destroy(face);
    throw std::runtime_error("not a font (no glyphs in face " + std::to_string(face_index) +
                             "): " + font_path);
  }
  return face;
}

}  // namespace

std::vector<char32_t> characters_missing_from_font(const std::string& font_path, unsigned face_index,
                                                   const std::set<char32_t>& characters) {
  hb_face_t* face = open_face(font_path, face_index);
  hb_set_t* available = hb_set_create();
  hb_face_collect_unicodes(face, available);
  std::vector<char32_t> missing;
  for (char32_t cp : characters) {
    if (!hb_set_has(available, cp)) missing.push_back(cp);
  }
  hb_set_destroy(available);
  hb_face_destroy(face);
  return missing;
}

FontSubset subset_font(const std::string& font_path, unsigned face_index,
                       const std::set<char32_t>& characters) {
  hb_face_t* face = open_face(font_path, face_index);
  FontSubset result;
  hb_set_t* available = hb_set_create();
  hb_face_collect_unicodes(face, available);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* wanted = hb_subset_input_unicode_set(input);
  for (char32_t cp : characters) {
    if (hb_set_has(available, cp)) hb_set_add(wanted, cp);
    else result.missing.push_back(cp);
  }
  // The browser rasterises with stb_truetype, which ignores hinting and OpenType layout: drop
  // both. Layout tables would also pull in every glyph a substitution can reach (vertical
  // forms, alternates): ~2.5× the glyphs asked for.
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'),
                       HB_TAG('G', 'D', 'E', 'F'), HB_TAG('v', 'h', 'e', 'a'),
                       HB_TAG('v', 'm', 't', 'x')}) {
    hb_set_add(dropped, tag);
  }
  hb_face_t* subset = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  hb_set_destroy(available);
  hb_face_destroy(face);
  if (!subset) throw std::runtime_error("HarfBuzz could not subset " + font_path);

  hb_blob_t* out = hb_face_reference_blob(subset);
  unsigned length = 0;
  const char* data = hb_blob_get_data(out, &length);
  result.bytes.assign(data, data + length);
  result.glyphs = hb_face_get_glyph_count(subset);
  hb_blob_destroy(out);
  hb_face_destroy(subset);
  if (result.bytes.empty()) throw std::runtime_error("HarfBuzz produced an empty font");
  return result;
}

}  // namespace dutyatlas::builder
