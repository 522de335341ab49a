// HarfBuzz subsetting (see font_subset.h).
#include "font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <stdexcept>

#include "core/utf8.h"

namespace dutyatlas::builder {

void collect_characters(const std::string& text, std::set<char32_t>* characters) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_code_point(text, &pos);
    if (cp >= 0x20 && cp != 0x7F && cp != kReplacementCharacter) characters->insert(cp);
  }
}

FontSubset subset_font(const std::string& font_path, unsigned face_index,
                       const std::set<char32_t>& characters) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(font_path.c_str());
  if (!blob) throw std::runtime_error("cannot read font " + font_path);
  hb_face_t* face = hb_face_create(blob, face_index);
  hb_blob_destroy(blob);

  FontSubset result;
  hb_set_t* available = hb_set_create();
  hb_face_collect_unicodes(face, available);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* wanted = hb_subset_input_unicode_set(input);
  for (char32_t cp : characters) {
    if (hb_set_has(available, cp)) hb_set_add(wanted, cp);
    else result.missing.push_back(cp);
  }
  // The browser rasterises with stb_truetype, which ignores hinting: drop it, it is bulk.
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
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
