// Language data of the quotes module embedded from data/quotes/*.txt at build time
// (marsad_embed_text), so the module does no file I/O.
#ifndef MARSAD_QUOTES_EMBEDDED_DATA_H_
#define MARSAD_QUOTES_EMBEDDED_DATA_H_

#include <string_view>

namespace marsad::quotes::data {
extern const std::string_view kSpeechVerbs;  // speech_verbs_ar.txt
extern const std::string_view kCueWords;     // cue_words_ar.txt
}  // namespace marsad::quotes::data

#endif  // MARSAD_QUOTES_EMBEDDED_DATA_H_
