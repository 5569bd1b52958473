// Where the `marsad` command finds trained models: --model FILE when given, else
// $MARSAD_MODELS/<file>, else the data/models/ folder of the source tree it was built from.
#ifndef MARSAD_CLI_MODEL_PATH_H_
#define MARSAD_CLI_MODEL_PATH_H_

#include <string>
#include <string_view>

namespace marsad::cli {

// The default path of the model file named `file` (e.g. "translit_ar_en.bin.zst").
std::string DefaultModelPath(std::string_view file);

// The named-entity tagger's model: `flag` when not empty, else $MARSAD_NER_MODEL when set,
// else DefaultModelPath("ner.model").
std::string NerModelPath(const std::string& flag);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_MODEL_PATH_H_
